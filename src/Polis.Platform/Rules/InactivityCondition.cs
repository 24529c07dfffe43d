using System.Text.Json.Serialization;

namespace Polis.Platform.Rules;

/// <summary>
/// No reading arrived for <see cref="Seconds"/> — of <see cref="Key"/>, or of any key the device sends when
/// <see cref="Key"/> is absent. Measured on the server clock (arrival), so a device with a wrong clock
/// cannot hide its silence: <c>{"type":"inactivity","seconds":1800}</c>.
/// </summary>
public sealed record InactivityCondition(int Seconds, string? Key = null) : RuleCondition
{
    [JsonIgnore]
    public override string TypeName => "inactivity";
}
