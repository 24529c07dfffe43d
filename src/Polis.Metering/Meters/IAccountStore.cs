using Polis.Platform.Devices;

namespace Polis.Metering.Meters;

/// <summary>Persistence of customer accounts.</summary>
public interface IAccountStore
{
    /// <summary>Accounts ordered by id; <paramref name="search"/> matches id or name (case-insensitive substring).</summary>
    Task<Page<CustomerAccount>> ListAsync(string? search, int offset, int limit, CancellationToken cancellationToken = default);

    Task<CustomerAccount?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>False (and nothing stored) when the id exists.</summary>
    Task<bool> CreateAsync(CustomerAccount account, CancellationToken cancellationToken = default);

    /// <summary>False when the account does not exist.</summary>
    Task<bool> UpdateAsync(CustomerAccount account, CancellationToken cancellationToken = default);

    /// <summary><see cref="RegistryDeletion.InUse"/> while service points belong to it.</summary>
    Task<RegistryDeletion> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
