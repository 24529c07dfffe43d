using System.Security.Cryptography;
using System.Text;

namespace Polis.Citizens.Polls.Ballots;

/// <summary>
/// Voters' receipt codes: 160 random bits written as 32 lower-case base32 letters (RFC 4648 alphabet). Only the
/// SHA-256 of a code is stored; the code itself is shown to the voter once. 160 bits make guessing any stored hash hopeless,
/// so the hash needs no salt.
/// </summary>
public static class ReceiptCodes
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private const int Bytes = 20;

    public static string New()
    {
        var bytes = RandomNumberGenerator.GetBytes(Bytes);
        var text = new StringBuilder(32);
        // 20 bytes = 160 bits = exactly 32 groups of 5 bits.
        for (var bit = 0; bit < Bytes * 8; bit += 5)
        {
            var value = 0;
            for (var b = 0; b < 5; b++)
            {
                var at = bit + b;
                value = (value << 1) | ((bytes[at / 8] >> (7 - (at % 8))) & 1);
            }

            text.Append(Alphabet[value]);
        }

        return text.ToString();
    }

    /// <summary>The stored hash of a code as a voter may type it back (any case, with spaces or dashes).</summary>
    public static string Hash(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var normalised = new string([.. code.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        return BallotChain.Sha256Hex(normalised);
    }
}
