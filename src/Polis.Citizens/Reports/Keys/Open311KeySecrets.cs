using System.Security.Cryptography;
using System.Text;

namespace Polis.Citizens.Reports.Keys;

/// <summary>
/// Makes and hashes API keys. A key carries 256 random bits, so a plain SHA-256 (no salt, no stretching) is enough to
/// make a stolen table useless, and it lets a posted key be found by its hash with one indexed lookup.
/// </summary>
public static class Open311KeySecrets
{
    private const string Prefix = "o311_";

    public static string NewKey() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string NewId() => "key-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
