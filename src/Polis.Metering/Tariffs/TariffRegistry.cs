using Polis.Metering.Meters;
using Polis.Platform.Devices;

namespace Polis.Metering.Tariffs;

/// <summary>
/// Tariffs: validated before they are stored (errors keyed by JSON path), stamped with who changed them and when, never
/// changed retroactively under issued bills; and their assignments to service points' meter kinds.
/// </summary>
public sealed class TariffRegistry(ITariffStore store, IServicePointStore servicePoints, TimeProvider timeProvider)
{
    public ITariffStore Store => store;

    public async Task<OperationResult<StoredTariff>> CreateAsync(Tariff tariff, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        if (Errors(tariff) is { } errors)
        {
            return OperationResult<StoredTariff>.Invalid(errors);
        }

        var now = timeProvider.GetUtcNow();
        var stored = new StoredTariff(tariff, now, now, actor);
        return await store.CreateAsync(stored, cancellationToken)
            ? OperationResult<StoredTariff>.Ok(stored)
            : OperationResult<StoredTariff>.Conflict($"Tariff '{tariff.Id}' already exists.");
    }

    public async Task<OperationResult<StoredTariff>> UpdateAsync(string id, Tariff tariff, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        if (tariff.Id != id)
        {
            return OperationResult<StoredTariff>.Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["id"] = [$"The body's id '{tariff.Id}' is not the tariff '{id}' of the path."],
            });
        }

        if (Errors(tariff) is { } errors)
        {
            return OperationResult<StoredTariff>.Invalid(errors);
        }

        return await store.UpdateAsync(new StoredTariff(tariff, default, timeProvider.GetUtcNow(), actor), cancellationToken);
    }

    public Task<RegistryDeletion> DeleteAsync(string id, string actor, CancellationToken cancellationToken = default) =>
        store.DeleteAsync(id, actor, timeProvider.GetUtcNow(), cancellationToken);

    /// <summary>Assigns a tariff to a service point's meter kind from a date: the service point must exist and the tariff bill that kind.</summary>
    public async Task<OperationResult<TariffAssignment>> AssignAsync(string servicePointId, MeterKind kind, string? tariffId, DateOnly from, string actor, CancellationToken cancellationToken = default)
    {
        if (await servicePoints.GetAsync(servicePointId, cancellationToken) is null)
        {
            return OperationResult<TariffAssignment>.NotFound($"Service point '{servicePointId}' does not exist.");
        }

        var tariff = tariffId is null ? null : await store.GetAsync(tariffId, cancellationToken);
        string? error = tariff is null ? $"There is no tariff '{tariffId}'."
            : tariff.Tariff.MeterKind != kind ? $"Tariff '{tariffId}' bills {tariff.Tariff.MeterKind} meters, not {kind}."
            : null;
        if (error is not null)
        {
            return OperationResult<TariffAssignment>.Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["tariffId"] = [error] });
        }

        var assignment = new TariffAssignment(servicePointId, kind, tariffId!, from, timeProvider.GetUtcNow(), actor);
        return await store.AssignAsync(assignment, cancellationToken)
            ? OperationResult<TariffAssignment>.Ok(assignment)
            : OperationResult<TariffAssignment>.Conflict(
                $"Service point '{servicePointId}' already has another {kind} tariff from {from:yyyy-MM-dd}; assignments are history: assign from another date.");
    }

    private static Dictionary<string, string[]>? Errors(Tariff tariff)
    {
        var errors = TariffValidator.Validate(tariff);
        return errors.Count == 0
            ? null
            : errors.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
    }
}
