namespace Polis.NgsiLd.Query;

/// <summary>The literal kinds of the query language; <see cref="Uri"/> is an unquoted word (only for == and !=).</summary>
public enum QValueKind
{
    Number,
    Text,
    Boolean,
    DateTime,
    Uri,
}
