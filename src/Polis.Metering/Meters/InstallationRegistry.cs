using Polis.Metering.Ingest;
using Polis.Platform.Devices;

namespace Polis.Metering.Meters;

/// <summary>
/// Installations and exchanges, checked against the meters and service points they name; clashes (a meter in two
/// places, two meters of a kind at one service point) are refused with the installation they clash with.
/// </summary>
public sealed class InstallationRegistry(IInstallationStore store, IMeterStore meters, IServicePointStore servicePoints)
{
    public IInstallationStore Store => store;

    public async Task<OperationResult<Installation>> CreateAsync(Installation installation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(installation);
        var (meter, errors) = await CheckReferencesAsync(installation, cancellationToken);
        if (errors.Count > 0)
        {
            return OperationResult<Installation>.Invalid(errors);
        }

        return Outcome(await store.SaveAsync(installation with { Id = 0 }, meter!.Kind, cancellationToken), installation.MeterId, installation.Id);
    }

    public async Task<OperationResult<Installation>> UpdateAsync(Installation installation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(installation);
        if (await store.GetAsync(installation.Id, cancellationToken) is null)
        {
            return OperationResult<Installation>.NotFound($"Installation {installation.Id} does not exist.");
        }

        var (meter, errors) = await CheckReferencesAsync(installation, cancellationToken);
        if (errors.Count > 0)
        {
            return OperationResult<Installation>.Invalid(errors);
        }

        return Outcome(await store.SaveAsync(installation, meter!.Kind, cancellationToken), installation.MeterId, installation.Id);
    }

    /// <summary>Ends the old meter's installation and starts the new meter's; the result is the new installation, <see cref="InstallationSave.Ended"/> the old.</summary>
    public async Task<OperationResult<InstallationSave>> ExchangeAsync(MeterExchange exchange, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (await meters.GetAsync(exchange.OldMeterId, cancellationToken) is not { } old)
        {
            return OperationResult<InstallationSave>.NotFound($"Meter '{exchange.OldMeterId}' does not exist.");
        }

        var replacement = await meters.GetAsync(exchange.NewMeterId, cancellationToken);
        string? error = replacement is null ? $"Meter '{exchange.NewMeterId}' does not exist; register the new meter first."
            : replacement.Id == old.Id ? "A meter cannot be exchanged for itself."
            : replacement.Kind != old.Kind ? $"Meter '{replacement.Id}' is a {MeterRegistry.Name(replacement.Kind)} meter; meter '{old.Id}' is {MeterRegistry.Name(old.Kind)}."
            : null;
        if (error is not null)
        {
            return OperationResult<InstallationSave>.Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["newMeterId"] = [error] });
        }

        var save = await store.ExchangeAsync(exchange, old.Kind, cancellationToken);
        if (save.Outcome == InstallationOutcome.NotInstalled)
        {
            return OperationResult<InstallationSave>.Conflict(
                $"Meter '{old.Id}' is not installed at {Instants.Format(exchange.At)}: an exchange ends the old meter's installation in place at that instant.");
        }

        var result = Outcome(save, exchange.NewMeterId, 0);
        return result.Status == OperationStatus.Ok
            ? OperationResult<InstallationSave>.Ok(save)
            : new OperationResult<InstallationSave>(result.Status, null, result.Errors, result.Detail);
    }

    public Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default) => store.DeleteAsync(id, cancellationToken);

    private async Task<(Meter? Meter, Dictionary<string, string[]> Errors)> CheckReferencesAsync(Installation installation, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var meter = await meters.GetAsync(installation.MeterId, cancellationToken);
        if (meter is null)
        {
            errors["meterId"] = [$"Meter '{installation.MeterId}' does not exist."];
        }

        if (await servicePoints.GetAsync(installation.ServicePointId, cancellationToken) is null)
        {
            errors["servicePointId"] = [$"Service point '{installation.ServicePointId}' does not exist."];
        }

        return (meter, errors);
    }

    private static OperationResult<Installation> Outcome(InstallationSave save, string meterId, long id) => save.Outcome switch
    {
        InstallationOutcome.Saved => OperationResult<Installation>.Ok(save.Saved!),
        InstallationOutcome.MeterBusy => OperationResult<Installation>.Conflict(
            $"Meter '{meterId}' is already installed at service point '{save.Clash!.ServicePointId}' {Period(save.Clash)} (installation {save.Clash.Id}); a meter is in one place at a time."),
        InstallationOutcome.ServicePointBusy => OperationResult<Installation>.Conflict(
            $"Service point '{save.Clash!.ServicePointId}' already has meter '{save.Clash.MeterId}' of this kind {Period(save.Clash)} (installation {save.Clash.Id}); end that installation or exchange the meters."),
        _ => OperationResult<Installation>.NotFound($"Installation {id} does not exist."),
    };

    private static string Period(Installation installation) =>
        installation.To is { } to ? $"from {Instants.Format(installation.From)} to {Instants.Format(to)}" : $"since {Instants.Format(installation.From)}";
}
