using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Polis.Citizens.Polls.Ballots;

/// <summary>
/// The hash chain of a poll's ballot log. Entry hash = SHA-256 (lower-case hex) of the UTF-8 lines
/// <c>polis-ballot-log/1, poll id, sequence, previous hash, receipt hash, district digest, answers</c> joined by "\n";
/// the first entry's previous hash is <see cref="Genesis"/>. The poll id in every entry keeps one poll's entries out of
/// another's log; the sequence makes removals and reorderings visible.
/// </summary>
public static class BallotChain
{
    public const string Version = "polis-ballot-log/1";

    /// <summary>The previous hash of the first entry: 64 zeros.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string EntryHash(string pollId, long sequence, string previousHash, string receiptHash, string districtDigest, string answers) =>
        Sha256Hex(string.Join('\n', Version, pollId, sequence.ToString(CultureInfo.InvariantCulture), previousHash, receiptHash, districtDigest, answers));

    public static string DistrictDigest(string salt, string district) => Sha256Hex(salt + "\n" + district);

    /// <summary>A new entry appended after <paramref name="previousHash"/> (the chain's head, <see cref="Genesis"/> when empty).</summary>
    public static BallotEntry Append(string pollId, long sequence, string previousHash, string receiptHash, string district, string answers)
    {
        var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var digest = DistrictDigest(salt, district);
        return new BallotEntry(sequence, answers, receiptHash, district, salt, digest, previousHash,
            EntryHash(pollId, sequence, previousHash, receiptHash, digest, answers));
    }

    /// <summary>Recomputes the chain of <paramref name="entries"/> in log order and reports the first entry that does not fit.</summary>
    public static ChainCheck Verify(string pollId, IReadOnlyList<BallotEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var previous = Genesis;
        var receipts = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var position = i + 1L;
            if (entry.Sequence != position)
            {
                return ChainCheck.Bad(position, $"sequence {entry.Sequence} where {position} was expected (an entry was removed, inserted or moved)");
            }

            if (!string.Equals(entry.PreviousHash, previous, StringComparison.Ordinal))
            {
                return ChainCheck.Bad(position, "its previous hash is not the entry hash before it");
            }

            if (entry.District is not null && (entry.DistrictSalt is null || DistrictDigest(entry.DistrictSalt, entry.District) != entry.DistrictDigest))
            {
                return ChainCheck.Bad(position, "its district does not match its district digest");
            }

            if (EntryHash(pollId, entry.Sequence, entry.PreviousHash, entry.ReceiptHash, entry.DistrictDigest, entry.Answers) != entry.EntryHash)
            {
                return ChainCheck.Bad(position, "its entry hash does not match its content (answers, receipt or district changed)");
            }

            if (!receipts.Add(entry.ReceiptHash))
            {
                return ChainCheck.Bad(position, "its receipt hash appears earlier in the log");
            }

            previous = entry.EntryHash;
        }

        return new ChainCheck(true, null, null, previous);
    }

    internal static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
