using System.Globalization;
using System.Text;

namespace Omnidesk.Chat.Client.Http.Internal;

/// <summary>Builds an escaped query string; a key may repeat (<c>channelIds=a&amp;channelIds=b</c>).</summary>
internal sealed class QueryStringBuilder
{
    private readonly StringBuilder _text = new(64);

    public bool IsEmpty => _text.Length == 0;

    public QueryStringBuilder Add(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        _text.Append(_text.Length == 0 ? '?' : '&')
            .Append(Uri.EscapeDataString(name))
            .Append('=')
            .Append(Uri.EscapeDataString(value));
        return this;
    }

    public QueryStringBuilder Add(string name, int? value) =>
        value is { } number ? Add(name, number.ToString(CultureInfo.InvariantCulture)) : this;

    public QueryStringBuilder Add(string name, DateTimeOffset? value) =>
        value is { } time ? Add(name, time.ToString("O", CultureInfo.InvariantCulture)) : this;

    public QueryStringBuilder Add(string name, Guid? value) =>
        value is { } id ? Add(name, id.ToString("D")) : this;

    public QueryStringBuilder AddEach<T>(string name, IEnumerable<T>? values, Func<T, string> format)
    {
        if (values is not null)
        {
            foreach (var value in values)
            {
                Add(name, format(value));
            }
        }

        return this;
    }

    /// <summary><paramref name="path"/> followed by the query string, written once.</summary>
    public string AppendTo(string path) =>
        string.Create(path.Length + _text.Length, (path, _text), static (destination, state) =>
        {
            state.path.CopyTo(destination);
            state._text.CopyTo(0, destination[state.path.Length..], state._text.Length);
        });

    /// <inheritdoc/>
    public override string ToString() => _text.ToString();
}
