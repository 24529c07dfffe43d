using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Polis.Metering.Readings;
using Polis.Metering.Tariffs;
using Polis.Platform.City;

namespace Polis.Metering.Billing.Runs;

/// <summary>
/// Bills a period from validated data only. Targets (service point × meter kind with a tariff) are planned once per
/// tariff; workers stream their meters' values and compute bills in parallel; one writer settles them in batched
/// transactions against what was issued (issue, unchanged, adjustment: <see cref="BillSettlement"/>), so re-running a
/// period is safe and two runs at once cannot bill twice. Refused targets are reported with the reason and billed by a
/// later run once their data is validated.
/// </summary>
public sealed class BillingRunService(
    IBillingRunStore runs, ITariffStore tariffs, IIntervalStore intervals, IOptions<CityOptions> city, IOptions<BillingRunOptions> options, TimeProvider timeProvider)
{
    public async Task<BillingRunSummary> RunAsync(
        BillPeriod period, IReadOnlyList<string>? accountIds, string actor, IProgress<BillingRunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var clock = Stopwatch.StartNew();
        var startedAt = timeProvider.GetUtcNow();
        var zone = city.Value.Zone;
        var runId = await runs.StartRunAsync(period, accountIds, actor, startedAt, cancellationToken);
        var targets = await runs.ListTargetsAsync(period, LocalDays.StartUtc(period.From, zone), LocalDays.StartUtc(period.To, zone), accountIds, cancellationToken);
        var planner = new RunPlanner(tariffs, period, zone);
        foreach (var target in targets)
        {
            await planner.AddAsync(target, cancellationToken);
        }

        var tally = new RunTally();
        planner.Refusals.ForEach(tally.Refuse);
        long readings = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<RunOutcome>(new BoundedChannelOptions(options.Value.BatchSize * 2) { SingleReader = true });
        var workers = Slices(planner.Jobs)
            .Select(slice => Task.Run(() => RunComputation.ComputeAsync(slice, intervals, channel.Writer, n => Interlocked.Add(ref readings, n), stop.Token), stop.Token))
            .ToArray();
        var computing = Task.WhenAll(workers).ContinueWith(t => channel.Writer.TryComplete(t.Exception?.InnerException), TaskScheduler.Default);
        try
        {
            await SettleAsync(runId, channel.Reader, tally, targets.Count, () => Interlocked.Read(ref readings), progress, cancellationToken);
        }
        catch
        {
            // Workers wait on a full channel: stop them before the failure leaves.
            await stop.CancelAsync();
            throw;
        }

        await computing;
        await Task.WhenAll(workers);

        var summary = new BillingRunSummary
        {
            RunId = runId,
            PeriodFrom = period.From,
            PeriodTo = period.To,
            AccountIds = accountIds,
            Actor = actor,
            StartedAt = startedAt,
            FinishedAt = timeProvider.GetUtcNow(),
            Accounts = targets.Select(t => t.AccountId).Distinct(StringComparer.Ordinal).Count(),
            ServicePoints = targets.Count,
            Billed = tally.Billed,
            Unchanged = tally.Unchanged,
            Adjusted = tally.Adjusted,
            Refused = tally.Refused,
            RefusalsByReason = tally.RefusalsByReason,
            Refusals = tally.Refusals,
            Totals = tally.Totals,
            Readings = readings,
            Seconds = clock.Elapsed.TotalSeconds,
        };
        await runs.FinishRunAsync(summary, cancellationToken);
        return summary;
    }

    /// <summary>The single writer: refusals are counted, bills settled a batch (one transaction) at a time.</summary>
    private async Task SettleAsync(
        long runId, ChannelReader<RunOutcome> outcomes, RunTally tally, int total, Func<long> readings, IProgress<BillingRunProgress>? progress, CancellationToken cancellationToken)
    {
        var batch = new List<RunOutcome>(options.Value.BatchSize);
        async Task FlushAsync()
        {
            var settled = await runs.SettleAsync(runId, batch.Select(o => new ComputedBill(o.Job.Target.ServicePointId, o.Result.Bill!)).ToList(), timeProvider.GetUtcNow(), cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                tally.Settled(batch[i].Job, batch[i].Result.Bill!, settled[i].Decision);
            }

            batch.Clear();
            progress?.Report(new BillingRunProgress(tally.Done, total, readings()));
        }

        progress?.Report(new BillingRunProgress(tally.Done, total, 0));
        await foreach (var outcome in outcomes.ReadAllAsync(cancellationToken))
        {
            if (!outcome.Result.IsBilled)
            {
                tally.Refuse(outcome.Job, outcome.Result.Refusal);
                continue;
            }

            batch.Add(outcome);
            if (batch.Count >= options.Value.BatchSize)
            {
                await FlushAsync();
            }
        }

        await FlushAsync();
    }

    /// <summary>The jobs cut into one contiguous slice per worker (few jobs: one slice).</summary>
    private List<List<RunJob>> Slices(List<RunJob> jobs)
    {
        var workers = options.Value.Workers > 0 ? options.Value.Workers : Environment.ProcessorCount;
        var size = Math.Max(options.Value.BatchSize, (jobs.Count + workers - 1) / workers);
        return jobs.Chunk(size).Select(c => c.ToList()).ToList();
    }
}
