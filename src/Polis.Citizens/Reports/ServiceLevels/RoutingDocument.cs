using Polis.Citizens.Reports.Routing;

namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>
/// The city's routing as admins edit it (<c>GET/PUT /api/v1/citizens/routing</c>): its departments, the rules that send
/// reports to them and the department that takes everything no rule matches.
/// </summary>
public sealed record RoutingDocument(IReadOnlyList<Department>? Departments, IReadOnlyList<RoutingRule>? Rules, string? DefaultDepartment);
