using Polis.Platform.Devices;

namespace Polis.Metering.Meters;

/// <summary>Customer accounts: created and changed with their timestamps, deleted only when no service point is theirs.</summary>
public sealed class AccountRegistry(IAccountStore store, TimeProvider timeProvider)
{
    public IAccountStore Store => store;

    public async Task<OperationResult<CustomerAccount>> CreateAsync(CustomerAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var now = timeProvider.GetUtcNow();
        var stamped = account with { CreatedAt = now, UpdatedAt = now };
        return await store.CreateAsync(stamped, cancellationToken)
            ? OperationResult<CustomerAccount>.Ok(stamped)
            : OperationResult<CustomerAccount>.Conflict($"Account '{account.Id}' already exists.");
    }

    public async Task<OperationResult<CustomerAccount>> UpdateAsync(CustomerAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (await store.GetAsync(account.Id, cancellationToken) is not { } existing)
        {
            return OperationResult<CustomerAccount>.NotFound($"Account '{account.Id}' does not exist.");
        }

        var updated = account with { CreatedAt = existing.CreatedAt, UpdatedAt = timeProvider.GetUtcNow() };
        return await store.UpdateAsync(updated, cancellationToken)
            ? OperationResult<CustomerAccount>.Ok(updated)
            : OperationResult<CustomerAccount>.NotFound($"Account '{account.Id}' does not exist.");
    }

    public Task<RegistryDeletion> DeleteAsync(string id, CancellationToken cancellationToken = default) => store.DeleteAsync(id, cancellationToken);
}
