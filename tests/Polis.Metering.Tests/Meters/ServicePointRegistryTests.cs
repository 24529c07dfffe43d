using Polis.Metering.Meters;
using Polis.Platform.Devices;
using Polis.Platform.Geography;
using Polis.Storage.Sqlite.Geography;

namespace Polis.Metering.Tests.Meters;

/// <summary>Accounts and service points through their registries, checked against accounts, meters and the city's geography.</summary>
public sealed class ServicePointRegistryTests : IDisposable
{
    private const string Square = """{"type":"Polygon","coordinates":[[[12.5,55.6],[12.7,55.6],[12.7,55.8],[12.5,55.8],[12.5,55.6]]]}""";
    private readonly MeteringDatabase _db = new();
    private readonly SqliteGeographyStore _geography;
    private readonly ServicePointRegistry _registry;
    private readonly AccountRegistry _accounts;

    public ServicePointRegistryTests()
    {
        _geography = new SqliteGeographyStore(_db.Database);
        _registry = new ServicePointRegistry(_db.ServicePoints, _db.Accounts, _db.Meters, _db.Installations, _geography, _db.Time);
        _accounts = new AccountRegistry(_db.Accounts, _db.Time);
    }

    [Fact]
    public async Task CreateAsync_UnknownAccountAndFeeder_FieldErrorsNothingStored()
    {
        var result = await _registry.CreateAsync(ServicePoint("sp-1", "acct-x", feeders: ["feeder-9"]));

        Assert.Equal(OperationStatus.Invalid, result.Status);
        Assert.Contains("Account 'acct-x' does not exist", result.Errors!["accountId"][0], StringComparison.Ordinal);
        Assert.Contains("Meter 'feeder-9' does not exist", result.Errors["feederMeterIds"][0], StringComparison.Ordinal);
        Assert.Null(await _db.ServicePoints.GetAsync("sp-1"));
    }

    [Fact]
    public async Task CreateAsync_DistrictWithoutGeography_Accepted_WithGeographyMustBeOneOfItsDistricts()
    {
        await _db.AccountAsync();
        Assert.Equal(OperationStatus.Ok, (await _registry.CreateAsync(ServicePoint("sp-1", "acct-1", district: "anywhere"))).Status);

        await _geography.ReplaceAsync([new GeographyFeature(GeographyKind.District, "harbour", "Harbour", Square)]);
        var unknown = await _registry.CreateAsync(ServicePoint("sp-2", "acct-1", district: "anywhere"));
        var known = await _registry.CreateAsync(ServicePoint("sp-3", "acct-1", district: "harbour"));

        Assert.Equal(OperationStatus.Invalid, unknown.Status);
        Assert.Equal("District 'anywhere' is not in the city's geography (districts: harbour).", unknown.Errors!["districtId"][0]);
        Assert.Equal(OperationStatus.Ok, known.Status);
    }

    [Fact]
    public async Task DeleteAsync_AccountWithServicePoint_InUse_ThenDeletedWhenFree()
    {
        Assert.Equal(OperationStatus.Ok, (await _accounts.CreateAsync(new CustomerAccount("acct-1", "A. Jensen", AccountKind.Household, null, "+45 1234", default, default))).Status);
        await _registry.CreateAsync(ServicePoint("sp-1", "acct-1"));

        Assert.Equal(OperationStatus.Conflict, (await _accounts.CreateAsync(new CustomerAccount("acct-1", "Other", AccountKind.Business, null, null, default, default))).Status);
        Assert.Equal(RegistryDeletion.InUse, await _accounts.DeleteAsync("acct-1"));
        Assert.Equal(RegistryDeletion.Deleted, await _registry.DeleteAsync("sp-1"));
        Assert.Equal(RegistryDeletion.Deleted, await _accounts.DeleteAsync("acct-1"));
    }

    [Fact]
    public async Task UpdateAsync_ServicePoint_KeepsCreatedAtAndFilters()
    {
        await _db.AccountAsync();
        var created = (await _registry.CreateAsync(ServicePoint("sp-1", "acct-1", district: "harbour"))).Value!;
        _db.Time.Advance(TimeSpan.FromDays(1));

        var updated = await _registry.UpdateAsync(created with { Occupied = false, Location = null });

        Assert.Equal(OperationStatus.Ok, updated.Status);
        Assert.Equivalent(created with { Occupied = false, Location = null, UpdatedAt = created.CreatedAt.AddDays(1) }, await _db.ServicePoints.GetAsync("sp-1"), strict: true);
        Assert.Equal(1, (await _db.ServicePoints.ListAsync(new ServicePointQuery(DistrictId: "harbour"))).Total);
        Assert.Equal(0, (await _db.ServicePoints.ListAsync(new ServicePointQuery(AccountId: "acct-2"))).Total);
    }

    public void Dispose() => _db.Dispose();

    internal static ServicePoint ServicePoint(string id, string accountId, string? district = null, IReadOnlyList<string>? feeders = null) =>
        new(id, accountId, ServicePointKind.Building, "Market Street 4", district, new GeoPoint(12.6, 55.7), true, feeders ?? [], default, default);
}
