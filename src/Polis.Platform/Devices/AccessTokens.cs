using System.Security.Cryptography;
using System.Text;

namespace Polis.Platform.Devices;

/// <summary>
/// Device access tokens. A token is a random secret shown once; only its SHA-256 is stored. A fast hash
/// is right here (unlike passwords): tokens carry ~119 bits of entropy, so there is nothing to
/// brute-force, and a deterministic hash lets the gateway find the device by an index lookup.
/// </summary>
public static class AccessTokens
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const int GeneratedLength = 20;

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, GeneratedLength);

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A token an integrator supplies (to keep existing firmware) must still be hard to guess.</summary>
    public static bool IsAcceptable(string token) =>
        token.Length is >= 16 and <= 128 && token.All(c => c > ' ' && c < 127);
}
