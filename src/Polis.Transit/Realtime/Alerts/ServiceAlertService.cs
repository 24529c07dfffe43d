using Polis.Platform.Devices;

namespace Polis.Transit.Realtime.Alerts;

/// <summary>Operators' alert writes: validated against the active feed, stamped with who and when, stored.</summary>
public sealed class ServiceAlertService(IServiceAlertStore store, TransitRealtimeSources sources, TimeProvider timeProvider)
{
    public static string NotFoundDetail(string id) => $"Alert '{id}' does not exist.";

    public async Task<OperationResult<ServiceAlert>> CreateAsync(ServiceAlertRequest? request, string actor, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (ServiceAlertValidator.Validate(request, sources.Network, errors) is not { } draft)
        {
            return OperationResult<ServiceAlert>.Invalid(errors);
        }

        var now = timeProvider.GetUtcNow();
        var alert = draft with { Id = Guid.NewGuid().ToString("N"), CreatedBy = actor, CreatedAt = now, UpdatedBy = actor, UpdatedAt = now };
        return await store.AddAsync(alert, cancellationToken)
            ? OperationResult<ServiceAlert>.Ok(alert)
            : OperationResult<ServiceAlert>.Conflict($"Alert '{alert.Id}' already exists.");
    }

    /// <summary>Replaces an alert's content; who created it, when, and whether it is automatic stay as they were.</summary>
    public async Task<OperationResult<ServiceAlert>> ReplaceAsync(string id, ServiceAlertRequest? request, string actor, CancellationToken cancellationToken = default)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } existing)
        {
            return OperationResult<ServiceAlert>.NotFound(NotFoundDetail(id));
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (ServiceAlertValidator.Validate(request, sources.Network, errors) is not { } draft)
        {
            return OperationResult<ServiceAlert>.Invalid(errors);
        }

        var alert = draft with
        {
            Id = id,
            Source = existing.Source,
            CreatedBy = existing.CreatedBy,
            CreatedAt = existing.CreatedAt,
            UpdatedBy = actor,
            UpdatedAt = timeProvider.GetUtcNow(),
        };
        return await store.ReplaceAsync(alert, cancellationToken)
            ? OperationResult<ServiceAlert>.Ok(alert)
            : OperationResult<ServiceAlert>.NotFound(NotFoundDetail(id));
    }
}
