using System.Globalization;
using Polis.Simulator.Generation;
using Polis.Simulator.Model;

namespace Polis.Simulator.Metering;

/// <summary>
/// The metering registry a simulated city needs so that its meters' readings become validated series and bills:
/// per household an account, a service point and a meter per meter device installed there from
/// <see cref="InstalledFrom"/>, and the tariffs of <see cref="SimulatedTariffs"/> assigned to every service point for
/// the kinds it has meters of. Pure and deterministic: the same city gives the same plan, ids included, so a restart
/// asks for exactly what exists already.
/// </summary>
public sealed record MeteringCustomerPlan(
    IReadOnlyList<PlannedAccount> Accounts,
    IReadOnlyList<PlannedServicePoint> ServicePoints,
    IReadOnlyList<PlannedMeter> Meters,
    IReadOnlyList<PlannedTariffAssignment> Assignments)
{
    /// <summary>When every simulated meter was installed: the day its register starts counting (MeterModel).</summary>
    public static readonly DateTimeOffset InstalledFrom = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// One household in twenty is empty (between tenants, a holiday home): theft detection's zero-use rule watches only
    /// occupied premises, so the flag has to mean something.
    /// </summary>
    public const double VacantShare = 0.05;

    /// <summary>The plan for <paramref name="city"/>: households only (schools, clinics and nursing homes have no meter devices).</summary>
    public static MeteringCustomerPlan Create(SimulatedCity city)
    {
        ArgumentNullException.ThrowIfNull(city);
        var metersBySite = city.Devices
            .Where(d => d.Kind is DeviceKind.ElectricityMeter or DeviceKind.WaterMeter && d.Anchor is not null)
            .ToLookup(d => d.Anchor!, StringComparer.Ordinal);
        var accounts = new List<PlannedAccount>();
        var servicePoints = new List<PlannedServicePoint>();
        var meters = new List<PlannedMeter>();
        var assignments = new List<PlannedTariffAssignment>();
        var households = city.Sites.Where(s => s.Kind == SiteKind.Household).ToList();
        for (var i = 0; i < households.Count; i++)
        {
            var home = households[i];
            var accountId = Id(city.Seed, "acct", home.Id);
            var servicePointId = Id(city.Seed, "sp", home.Id);
            accounts.Add(new PlannedAccount(accountId, $"Household, {home.Name}", "household"));
            var occupied = Hashing.Unit(city.Seed, i, 31) >= VacantShare;
            servicePoints.Add(new PlannedServicePoint(servicePointId, accountId, "household", home.Name, home.DistrictId, home.Location, occupied));
            foreach (var device in metersBySite[home.Id].OrderBy(d => d.Index))
            {
                var meter = MeterOf(device, servicePointId);
                meters.Add(meter);
                assignments.Add(new PlannedTariffAssignment(servicePointId, meter.Kind,
                    meter.Kind == "electricity" ? SimulatedTariffs.ElectricityId : SimulatedTariffs.WaterId, SimulatedTariffs.From));
            }
        }

        return new MeteringCustomerPlan(accounts, servicePoints, meters, assignments);
    }

    /// <summary>
    /// The meter of a meter device: its id is the device's, so analysts and residents see one name for it. Registers
    /// never come near rollover: electricity starts below 21,000 kWh and grows by about 4,000 a year (6 digits),
    /// water below 550 m³ and about 200 a year with leaks (5 digits).
    /// </summary>
    private static PlannedMeter MeterOf(SimulatedDevice device, string servicePointId) => device.Kind == DeviceKind.ElectricityMeter
        ? new PlannedMeter(device.Id, "electricity", device.Id.ToUpperInvariant(), device.Id, 6, 15, servicePointId)
        : new PlannedMeter(device.Id, "water", device.Id.ToUpperInvariant(), device.Id, 5, 15, servicePointId);

    private static string Id(int seed, string kind, string siteId) => string.Create(CultureInfo.InvariantCulture, $"sim-{seed}-{kind}-{siteId}");
}
