namespace Omnidesk.Chat.Client.Tests.ChatApi;

/// <summary>
/// The letters <see cref="OmnideskCustomerName"/> spells out (they have no accent to strip, or stand for two), the
/// letters at the edges of its fold table, the marks it drops without splitting a word, and the non-ASCII
/// characters that separate words.
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

    [TestCase("\u01C8ubica", "Ljubica", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(Lj)")]
    [TestCase("\u01C7UBICA", "LJUBICA", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(LJ)")]
    [TestCase("Ko\u01C9a", "Kolja", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(lj)")]
    [TestCase("\u01CBego\u0161", "Njegos", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(Nj)")]
    [TestCase("\u01CAEGO\u0160", "NJEGOS", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(NJ)")]
    [TestCase("Ma\u01CCa", "Manja", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(nj)")]
    [TestCase("\u01C5emal", "Dzemal", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(Dz with caron)")]
    [TestCase("\u01C4EMAL", "DZEMAL", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(DZ with caron)")]
    [TestCase("Hu\u01C6a", "Hudza", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(dz with caron)")]
    [TestCase("\u01F2ora", "Dzora", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(Dz)")]
    [TestCase("\u01F1ORA", "DZORA", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(DZ)")]
    [TestCase("Ho\u01F3a", "Hodza", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(dz)")]
    [TestCase("B\u0133l", "Bijl", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(ij)")]
    [TestCase("\u01A2\u01A3", "OIoi", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(oi)")]
    [TestCase("\u0222\u0223", "OUou", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(ou)")]
    [TestCase("Ho\uFB00mann", "Hoffmann", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(ff)")]
    [TestCase("\uFB02ynn", "flynn", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(fl)")]
    [TestCase("Gri\uFB03n", "Griffin", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(ffi)")]
    [TestCase("A\uFB04eck", "Affleck", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(ffl)")]
    [TestCase("A\uFB05rid", "Astrid", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(long s t)")]
    [TestCase("A\uFB06rid", "Astrid", TestName = "FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(st)")]
    public void FromDisplayName_DigraphOrLigature_IsSpelledAsItsLetters(string displayName, string expected) =>
        Assert.That(OmnideskCustomerName.FromDisplayName(displayName), Is.EqualTo(expected));

    [TestCase("\u00C0ngel", "Angel", TestName = "FromDisplayName_LetterAtTheEdgeOfTheFoldTable_Folds(A with grave, U+00C0)")]
    [TestCase("\u024E\u024F", "Yy", TestName = "FromDisplayName_LetterAtTheEdgeOfTheFoldTable_Folds(y with stroke, U+024F)")]
    [TestCase("\u1E00\u1E01", "Aa", TestName = "FromDisplayName_LetterAtTheEdgeOfTheFoldTable_Folds(a with ring below, U+1E00)")]
    [TestCase("Nguy\u1EC5n Th\u1ECB M\u1EF9", "Nguyen Thi My", TestName = "FromDisplayName_LetterAtTheEdgeOfTheFoldTable_Folds(y with tilde, U+1EF9)")]
    [TestCase("\uFF2C\uFF49\uFF5A \uFF12\uFF10\uFF12\uFF14", "Liz 2024", TestName = "FromDisplayName_LetterAtTheEdgeOfTheFoldTable_Folds(full-width 0 and z)")]
    [TestCase("\uFF21\uFF4E\uFF4E\uFF41\uFF3F\uFF33\uFF4D\uFF49\uFF54\uFF48", "Anna Smith", TestName = "FromDisplayName_LetterAtTheEdgeOfTheFoldTable_Folds(full-width low line separates)")]
    public void FromDisplayName_LetterAtTheEdgeOfTheFoldTable_Folds(string displayName, string expected) =>
        Assert.That(OmnideskCustomerName.FromDisplayName(displayName), Is.EqualTo(expected));

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
