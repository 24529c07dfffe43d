using Polis.Citizens.Reports.Routing;
using Polis.Citizens.Reports.Sla;

namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>
/// The city's routing and service levels, validated and ready: which department a report goes to, its due dates and
/// its escalation ladder. <see cref="RoutingConfigured"/> is false until an admin saves routing; until then a report
/// goes to its service's own department (as before routing existed), else the default one.
/// </summary>
public sealed class CityServiceLevels(RoutingTable routing, bool routingConfigured, WorkingCalendar calendar, SlaPolicyBook policies)
{
    public RoutingTable Routing { get; } = routing ?? throw new ArgumentNullException(nameof(routing));

    public bool RoutingConfigured { get; } = routingConfigured;

    public WorkingCalendar Calendar { get; } = calendar ?? throw new ArgumentNullException(nameof(calendar));

    public SlaPolicyBook Policies { get; } = policies ?? throw new ArgumentNullException(nameof(policies));

    /// <summary>The department of a new report of a service (its code, group and own department) in <paramref name="district"/>.</summary>
    public string DepartmentFor(string serviceCode, string? serviceGroup, string? serviceDepartment, string? district) =>
        RoutingConfigured || string.IsNullOrWhiteSpace(serviceDepartment)
            ? Routing.Route(serviceCode, serviceGroup, district).Department.Id
            : serviceDepartment;

    /// <summary>Acknowledge and fix due dates of a report of this service made at <paramref name="madeAt"/>, on the working calendar.</summary>
    public (DateTimeOffset AcknowledgeDueAt, DateTimeOffset DueAt) DueDates(string serviceCode, string? serviceGroup, DateTimeOffset madeAt)
    {
        var policy = Policies.For(serviceCode, serviceGroup);
        return (Calendar.Add(madeAt, policy.AcknowledgeWithin), Calendar.Add(madeAt, policy.FixWithin));
    }

    /// <summary>Who hears of a department's overdue reports: the department, then its supervisor (unknown departments: just themselves).</summary>
    public EscalationLadder LadderFor(string? department)
    {
        var known = department is null ? Routing.Default : Routing.Find(department);
        return known is null ? EscalationLadder.Of(department!, null) : EscalationLadder.Of(known.Id, known.Supervisor);
    }
}
