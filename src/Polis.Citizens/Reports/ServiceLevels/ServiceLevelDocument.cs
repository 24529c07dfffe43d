namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>
/// The city's service levels as admins edit them (<c>GET/PUT /api/v1/citizens/service-levels</c>): the working calendar
/// the clocks run on and the policies, by service code, by service group and a default. <see cref="TimeZone"/> is the
/// platform's (<c>Polis:City:TimeZone</c>): shown, not edited here.
/// </summary>
public sealed record ServiceLevelDocument(
    CalendarDocument? Calendar,
    PolicyDocument? DefaultPolicy,
    IReadOnlyDictionary<string, PolicyDocument>? ByServiceCode,
    IReadOnlyDictionary<string, PolicyDocument>? ByServiceGroup,
    string? TimeZone = null);
