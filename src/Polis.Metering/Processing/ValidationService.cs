using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polis.Metering.Readings;

namespace Polis.Metering.Processing;

/// <summary>
/// Validation in production: every <see cref="ValidationOptions.PassInterval"/> it takes a batch of dirty meters from
/// the durable queue, validates each (<see cref="MeterValidator"/>), saves all their changes in one transaction and
/// only then clears their marks: a crash anywhere leaves the marks, and the next pass (of this or a new process)
/// validates again, which changes nothing that was already saved.
/// </summary>
public sealed partial class ValidationService(
    IDirtyMeterStore queue,
    MeterValidator validator,
    IIntervalStore intervals,
    ValidationMetrics metrics,
    IOptions<ValidationOptions> options,
    TimeProvider timeProvider,
    ILogger<ValidationService> logger) : BackgroundService
{
    /// <summary>Validates one batch of waiting meters (public so tests drive passes without the loop).</summary>
    public async Task<ValidationPass> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var dirty = await queue.TakeAsync(options.Value.BatchSize, cancellationToken);
        if (dirty.Count == 0)
        {
            return ValidationPass.Empty;
        }

        var done = new List<MeterValidation>(dirty.Count);
        foreach (var meter in dirty)
        {
            try
            {
                done.Add(await validator.ValidateAsync(meter, cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Its mark stays: retried next pass; the other meters of the batch go on.
                LogMeterFailed(logger, meter.MeterId, ex);
                metrics.Failed();
            }
        }

        var writes = done.Select(d => d.Write).OfType<IntervalWrite>().Where(w => w.Values.Count > 0 || w.Audit.Count > 0).ToList();
        if (writes.Count > 0)
        {
            await intervals.SaveAsync(writes, cancellationToken);
        }

        foreach (var validation in done)
        {
            await queue.CompleteAsync(validation.Meter, validation.ContinueFrom, cancellationToken);
            metrics.Validated(validation);
        }

        return new ValidationPass(dirty.Count, writes.Sum(w => w.Values.Count), writes.Sum(w => w.Audit.Count), dirty.Count - done.Count)
        {
            Continuing = done.Count(d => d.ContinueFrom is not null),
        };
    }

    /// <summary>Passes until the queue is empty (or only failing meters are left).</summary>
    public async Task<ValidationPass> DrainAsync(CancellationToken cancellationToken = default)
    {
        var total = ValidationPass.Empty;
        while (await RunOnceAsync(cancellationToken) is { Meters: > 0 } pass)
        {
            total = new ValidationPass(total.Meters + pass.Meters, total.Values + pass.Values, total.AuditEntries + pass.AuditEntries, total.Failed + pass.Failed);
            if (pass.Failed == pass.Meters)
            {
                break;
            }
        }

        return total;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PassInterval, timeProvider);
        try
        {
            do
            {
                try
                {
                    // A full batch, or a long back-fill going month by month, means more are waiting: no need to wait for the next tick.
                    ValidationPass pass;
                    do
                    {
                        pass = await RunOnceAsync(stoppingToken);
                    }
                    while ((pass.Meters == options.Value.BatchSize || pass.Continuing > 0) && pass.Failed < pass.Meters);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPassFailed(logger, ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down: the marks of anything not yet validated stay in the queue
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Validating meter {MeterId} failed; it stays in the validation queue and is retried")]
    private static partial void LogMeterFailed(ILogger logger, string meterId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A validation pass failed; its meters stay in the queue and are retried")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
