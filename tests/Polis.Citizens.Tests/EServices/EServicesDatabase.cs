using Polis.Citizens.EServices.Catalogue;
using Polis.Citizens.EServices.Requests;
using Polis.Storage.Sqlite.Citizens.EServices;

namespace Polis.Citizens.Tests.EServices;

/// <summary>A migrated polis.db in its own temp directory with the e-service stores over it; deleted on dispose.</summary>
internal sealed class EServicesDatabase : MigratedDatabase
{
    public EServicesDatabase()
        : base("polis-eservices-")
    {
        Catalogue = new SqliteEServiceCatalogueStore(Database);
        Requests = new SqliteEServiceRequestStore(Database);
    }

    public SqliteEServiceCatalogueStore Catalogue { get; }

    public SqliteEServiceRequestStore Requests { get; }

    public async Task<EService> AddAsync(EService service)
    {
        Assert.True(await Catalogue.CreateAsync(new StoredEService(service, EServiceSamples.Now, EServiceSamples.Now, "admin@city.test")));
        return service;
    }

    public static NewEServiceRequest NewRequest(EService service, string resident = "resident-1", string? slotId = null, int capacity = 0) => new(
        service.Code, resident, $"{resident}@residents.test", service.Department,
        new Dictionary<string, IReadOnlyList<string>> { ["address"] = ["Vestergade 3"], ["extras"] = ["garage", "shed"] }, slotId, capacity, EServiceSamples.Now);
}
