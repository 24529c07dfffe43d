using Polis.Citizens.Reports.Routing;

namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>
/// What applies until an admin saves the city's own: one department taking every report whose service names none
/// (a service's own department is kept, as before routing existed), Monday to Friday 08:00–16:00 without holidays,
/// one working day to acknowledge, five to fix, due soon 4 working hours before, one step up every working day overdue.
/// </summary>
public static class ServiceLevelDefaults
{
    public const string DepartmentId = "city-services";

    public static RoutingDocument Routing { get; } = new([new Department(DepartmentId, "City services")], [], DepartmentId);

    public static ServiceLevelDocument ServiceLevels { get; } = new(
        new CalendarDocument(["monday", "tuesday", "wednesday", "thursday", "friday"], "08:00", "16:00", []),
        new PolicyDocument(AcknowledgeDays: 1, FixDays: 5, DueSoonHours: 4, EscalateEveryHours: 8),
        new Dictionary<string, PolicyDocument>(),
        new Dictionary<string, PolicyDocument>());
}
