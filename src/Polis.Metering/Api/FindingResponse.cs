using System.Text.Json;
using Polis.Metering.Detection;

namespace Polis.Metering.Api;

/// <summary>A finding as the API shows it: kind and status by name, the rule of its alarm, the evidence as JSON.</summary>
public sealed record FindingResponse(
    long Id, string Kind, string RuleId, string MeterId, string? ServicePointId, string? DistrictId, DateTimeOffset FirstSeen, DateTimeOffset LastSeen,
    string Status, string Summary, JsonElement Evidence, Guid? AlarmId, DateTimeOffset? ResolvedAt)
{
    public static FindingResponse From(DetectionFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        using var evidence = JsonDocument.Parse(finding.EvidenceJson);
        return new FindingResponse(finding.Id, FindingKinds.ApiName(finding.Kind), FindingKinds.RuleIdOf(finding.Kind), finding.MeterId, finding.ServicePointId,
            finding.DistrictId, finding.FirstSeen, finding.LastSeen, finding.Status.ToString().ToLowerInvariant(), finding.Summary, evidence.RootElement.Clone(),
            finding.AlarmId, finding.ResolvedAt);
    }
}
