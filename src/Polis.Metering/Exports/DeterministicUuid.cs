using System.Security.Cryptography;
using System.Text;

namespace Polis.Metering.Exports;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace and a name) in the URL namespace, so an entry's id follows
/// from its link and the same export gives the same ids every time.
/// </summary>
public static class DeterministicUuid
{
    private static readonly byte[] UrlNamespace = Guid.Parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8").ToByteArray(bigEndian: true);

    public static Guid From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var bytes = new byte[UrlNamespace.Length + Encoding.UTF8.GetByteCount(name)];
        UrlNamespace.CopyTo(bytes, 0);
        Encoding.UTF8.GetBytes(name, bytes.AsSpan(UrlNamespace.Length));
#pragma warning disable CA5350 // SHA-1 is what version 5 UUIDs are defined with; it names, it does not protect.
        var hash = SHA1.HashData(bytes);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>The Atom id of a name: <c>urn:uuid:</c> and the lower-case UUID.</summary>
    public static string Urn(string name) => "urn:uuid:" + From(name).ToString("D");
}
