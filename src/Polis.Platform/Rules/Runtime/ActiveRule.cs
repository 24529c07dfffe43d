using System.Security.Cryptography;
using System.Text;

namespace Polis.Platform.Rules.Runtime;

/// <summary>
/// A rule as the twins run it, with a fingerprint of its canonical JSON: a saved evaluation state is reused
/// only for the exact rule it was built for, because its entries are keyed by condition paths.
/// </summary>
public sealed record ActiveRule(Rule Rule, string Fingerprint)
{
    public static ActiveRule Of(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(RuleJson.Serialize(rule)));
        return new ActiveRule(rule, Convert.ToHexString(hash, 0, 12));
    }
}
