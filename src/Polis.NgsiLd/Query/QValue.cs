namespace Polis.NgsiLd.Query;

/// <summary>One literal of a term. <see cref="Instant"/> is set for dateTimes and for quoted strings that are ISO 8601 instants.</summary>
public sealed record QValue(QValueKind Kind, double Number, string Text, bool Boolean, DateTimeOffset? Instant)
{
    public override string ToString() => Kind == QValueKind.Text ? "\"" + Text + "\"" : Text;
}
