namespace Omnidesk.Chat.Client.Tests.ChatApi;

/// <summary>
/// The letters <see cref="OmnideskCustomerName"/> spells out (they have no accent to strip), the marks it drops
/// without splitting a word, and the non-ASCII characters that separate words.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class OmnideskCustomerNameLettersTests
{
    [TestCase("Øyvind Ødegård", "Oyvind Odegard")]
    [TestCase("Bjørn Sørlie", "Bjorn Sorlie")]
    [TestCase("STRAẞE", "STRASSE")]
    [TestCase("Weiß", "Weiss")]
    [TestCase("Mæve Ærø", "Maeve AEro")]
    [TestCase("Łucja Wałęsa", "Lucja Walesa")]
    [TestCase("Œdipe Cœur", "OEdipe Coeur")]
    [TestCase("Þóra Þorsteinsdóttir", "Thora Thorsteinsdottir")]
    [TestCase("Aþena", "Athena")]
    [TestCase("Guðrún Ðuro", "Gudrun Duro")]
    [TestCase("Đorđe", "Dorde")]
    [TestCase("Işıl Kılıç", "Isil Kilic")]
    public void FromDisplayName_LetterWithoutAnAccentToStrip_IsSpelledOut(string displayName, string expected)
    {
        var name = OmnideskCustomerName.FromDisplayName(displayName);

        Assert.That(name, Is.EqualTo(expected));
        Assert.That(Validation.FieldRules.CustomerName.IsValid(name), Is.True);
    }

    [TestCase("Anna—Maria", "Anna Maria", TestName = "FromDisplayName_NonAsciiSeparator_SplitsTheWords(em dash)")]
    [TestCase("Anna–Maria", "Anna Maria", TestName = "FromDisplayName_NonAsciiSeparator_SplitsTheWords(en dash)")]
    [TestCase("Jean·Luc", "Jean Luc", TestName = "FromDisplayName_NonAsciiSeparator_SplitsTheWords(middle dot)")]
    [TestCase("Zoë\u00A0Núñez", "Zoe Nunez", TestName = "FromDisplayName_NonAsciiSeparator_SplitsTheWords(no-break space)")]
    [TestCase("Ada\u2003Lovelace", "Ada Lovelace", TestName = "FromDisplayName_NonAsciiSeparator_SplitsTheWords(em space)")]
    [TestCase("Anna\u3000Smith", "Anna Smith", TestName = "FromDisplayName_NonAsciiSeparator_SplitsTheWords(ideographic space)")]
    [TestCase("«Anna» „Smith“", "Anna Smith", TestName = "FromDisplayName_NonAsciiSeparator_SplitsTheWords(quotation marks)")]
    [TestCase("Anna\u2022Smith", "Anna Smith", TestName = "FromDisplayName_NonAsciiSeparator_SplitsTheWords(bullet)")]
    [TestCase("Anna\u00BFSmith", "Anna Smith", TestName = "FromDisplayName_NonAsciiSeparator_SplitsTheWords(inverted question mark)")]
    public void FromDisplayName_NonAsciiSeparator_SplitsTheWords(string displayName, string expected) =>
        Assert.That(OmnideskCustomerName.FromDisplayName(displayName), Is.EqualTo(expected));

    [TestCase("O\u2019Brien", "OBrien", TestName = "FromDisplayName_MarkInsideAWord_IsDroppedWithoutSplittingIt(right single quotation mark)")]
    [TestCase("O\u02BCBrien", "OBrien", TestName = "FromDisplayName_MarkInsideAWord_IsDroppedWithoutSplittingIt(modifier letter apostrophe)")]
    [TestCase("D`Arcy", "DArcy", TestName = "FromDisplayName_MarkInsideAWord_IsDroppedWithoutSplittingIt(grave accent)")]
    [TestCase("O'Neil", "ONeil", TestName = "FromDisplayName_MarkInsideAWord_IsDroppedWithoutSplittingIt(apostrophe)")]
    [TestCase("Zo\u00ADe", "Zoe", TestName = "FromDisplayName_MarkInsideAWord_IsDroppedWithoutSplittingIt(soft hyphen)")]
    [TestCase("Zoe\u0308y", "Zoey", TestName = "FromDisplayName_MarkInsideAWord_IsDroppedWithoutSplittingIt(combining diaeresis)")]
    [TestCase("An\u20DDna", "Anna", TestName = "FromDisplayName_MarkInsideAWord_IsDroppedWithoutSplittingIt(combining enclosing circle)")]
    [TestCase("Anna字Smith", "AnnaSmith", TestName = "FromDisplayName_MarkInsideAWord_IsDroppedWithoutSplittingIt(letter of another script)")]
    public void FromDisplayName_MarkInsideAWord_IsDroppedWithoutSplittingIt(string displayName, string expected) =>
        Assert.That(OmnideskCustomerName.FromDisplayName(displayName), Is.EqualTo(expected));

    [Test]
    public void FromDisplayName_SeparatorsAtTheStart_LeaveNoLeadingSpace() =>
        Assert.That(OmnideskCustomerName.FromDisplayName("—« Zoë"), Is.EqualTo("Zoe"));
}
