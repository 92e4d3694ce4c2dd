using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Tests.Hookpoints;

[Parallelizable(ParallelScope.All)]
public sealed class OmnideskHookpointAddressTests
{
    private const string Token = "Q7bX2mN9pL4kR8sT1vW6yZ3aC5dE0fGh";

    [TestCase("https://chat.example.com", "/omnidesk", "https://chat.example.com/omnidesk/" + Token)]
    [TestCase("https://chat.example.com/", "omnidesk/", "https://chat.example.com/omnidesk/" + Token)]
    [TestCase("https://example.com/app/", "/hooks/omnidesk", "https://example.com/app/hooks/omnidesk/" + Token)]
    [TestCase("http://10.0.0.5:8080", "", "http://10.0.0.5:8080/" + Token)]
    public void Build_GoodParts_ReturnsChatServerValue(string baseUrl, string prefix, string expected)
    {
        var chatServer = OmnideskHookpointAddress.Build(new Uri(baseUrl), prefix, Token);

        Assert.That(chatServer, Is.EqualTo(expected));
        Assert.That(chatServer, Does.Match("^[a-zA-Z0-9.:/-]+$"));
    }

    [TestCase("https://my_app.example.com", "/omnidesk", "chatServer")]
    [TestCase("https://example.com", "/omni_desk", "chatServer")]
    [TestCase("https://example.com?x=1", "/omnidesk", "chatServer")]
    [TestCase("https://example.com/#top", "/omnidesk", "chatServer")]
    [TestCase("https://example.com/app%20x", "/omnidesk", "chatServer")]
    public void Build_PartsThatBreakThePattern_ThrowWithoutTheToken(string baseUrl, string prefix, string field)
    {
        var exception = Assert.Throws<OmnideskValidationException>(() => OmnideskHookpointAddress.Build(new Uri(baseUrl), prefix, Token));

        Assert.That(exception!.ParamName, Is.EqualTo(field));
        Assert.That(exception.Message, Does.StartWith("chatServer is invalid (^[a-zA-Z0-9.:/-]+$, at least 5 characters): "));
        Assert.That(exception.Message, Does.Not.Contain(Token));
    }

    [TestCase("short1234")]
    [TestCase("Q7bX2mN9pL4kR8sT1vW6yZ3aC5dE0fG_")]
    [TestCase("Q7bX2mN9pL4kR8sT1vW6yZ3aC5dE0fGé")]
    public void Build_BadToken_ThrowsNamingTheRuleNotTheToken(string token)
    {
        var exception = Assert.Throws<OmnideskValidationException>(() => OmnideskHookpointAddress.Build(new Uri("https://example.com"), "/omnidesk", token));

        Assert.That(exception!.ParamName, Is.EqualTo("token"));
        Assert.That(exception.Message, Does.StartWith("token is invalid (at least 32 characters, ASCII letters and digits only): the hookpoint token breaks its rule."));
        Assert.That(exception.Message, Does.Not.Contain(token));
    }

    [Test]
    public void Build_RelativeBase_Throws()
    {
        Assert.That(
            () => OmnideskHookpointAddress.Build(new Uri("/relative", UriKind.Relative), "/omnidesk", Token),
            Throws.TypeOf<OmnideskValidationException>().With.Property("ParamName").EqualTo("chatServer"));
    }

    [Test]
    public void GenerateToken_MakesDistinctTokensThatBuildAnAddress()
    {
        var first = OmnideskHookpointAddress.GenerateToken();
        var second = OmnideskHookpointAddress.GenerateToken();

        Assert.That(first, Does.Match("^[A-Za-z0-9]{43}$"));
        Assert.That(first, Is.Not.EqualTo(second));
        Assert.That(OmnideskHookpointAddress.Build(new Uri("https://example.com"), "/omnidesk", first), Does.EndWith("/" + first));
    }
}
