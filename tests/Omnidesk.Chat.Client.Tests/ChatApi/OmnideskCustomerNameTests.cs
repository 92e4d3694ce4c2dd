namespace Omnidesk.Chat.Client.Tests.ChatApi;

[Parallelizable(ParallelScope.All)]
public sealed class OmnideskCustomerNameTests
{
    [TestCase("Zoë Núñez-O'Brien", "Zoe Nunez OBrien")]
    [TestCase("Jean-Luc Picard", "Jean Luc Picard")]
    [TestCase("  Ada   Lovelace  ", "Ada Lovelace")]
    [TestCase("Søren Kierkegaard", "Soren Kierkegaard")]
    [TestCase("Gauß", "Gauss")]
    [TestCase("Ægir Æsir", "AEgir AEsir")]
    [TestCase("Đorđe Łukasz", "Dorde Lukasz")]
    [TestCase("François D’Arcy", "Francois DArcy")]
    [TestCase("Dr. Who\t2nd", "Dr Who 2nd")]
    [TestCase("Ｚｏｅ", "Zoe")]
    [TestCase("Anna 🙂 Smith", "Anna Smith")]
    [TestCase("Ivan Иванов", "Ivan")]
    [TestCase("Zoe\u0308 Nu\u0301n\u0303ez", "Zoe Nunez")]
    [TestCase("Nguyễn Thị Minh Khai", "Nguyen Thi Minh Khai")]
    [TestCase("Œdipe Ĳsselmeer ﬁnn", "OEdipe IJsselmeer finn")]
    public void FromDisplayName_RealName_FoldsToTheDocumentedRule(string displayName, string expected)
    {
        var name = OmnideskCustomerName.FromDisplayName(displayName);

        Assert.That(name, Is.EqualTo(expected));
        Assert.That(Validation.FieldRules.CustomerName.IsValid(name), Is.True);
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("李小龙")]
    [TestCase("-'.")]
    public void FromDisplayName_NothingFoldable_ThrowsArgumentException(string displayName)
    {
        var error = Assert.Throws<ArgumentException>(() => OmnideskCustomerName.FromDisplayName(displayName));

        Assert.That(error!.ParamName, Is.EqualTo("displayName"));
        Assert.That(error.Message, Does.StartWith("The display name has no letter or digit that can be written as a-z, A-Z or 0-9, so no customerName can be made of it."));
    }

    [Test]
    public void FromDisplayName_Null_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => OmnideskCustomerName.FromDisplayName(null!));
}
