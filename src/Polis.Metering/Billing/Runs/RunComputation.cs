using System.Runtime.InteropServices;
using System.Threading.Channels;
using Polis.Metering.Meters;
using Polis.Metering.Readings;

namespace Polis.Metering.Billing.Runs;

/// <summary>
/// One worker of a run: streams the validated values of its jobs' meters over one connection (one prepared statement,
/// meter after meter, never a query per account from the caller's side), keeps each meter's values inside its
/// installation, and computes each bill with the job's shared plan.
/// </summary>
internal static class RunComputation
{
    public static async Task ComputeAsync(
        IReadOnlyList<RunJob> jobs, IIntervalStore intervals, ChannelWriter<RunOutcome> output, Action<long> readingsRead, CancellationToken cancellationToken)
    {
        if (jobs.Count == 0)
        {
            return;
        }

        var meterIds = jobs.SelectMany(j => j.Target.Installations.Select(i => i.MeterId)).ToList();
        var plan = jobs[0].Plan;
        await using var stream = intervals.StreamAsync(meterIds, plan.StartUtc, plan.EndUtc, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var values = new List<IntervalValue>(800);
        foreach (var job in jobs)
        {
            values.Clear();
            long read = 0;
            foreach (var installation in job.Target.Installations)
            {
                if (!await stream.MoveNextAsync())
                {
                    throw new InvalidOperationException($"The interval stream ended before meter {installation.MeterId}.");
                }

                read += stream.Current.Values.Count;
                AddWithin(installation, stream.Current.Values, values);
            }

            readingsRead(read);
            var result = BillCalculator.Compute(job.Plan, job.Subject, CollectionsMarshal.AsSpan(values));
            await output.WriteAsync(new RunOutcome(job, result), cancellationToken);
        }
    }

    /// <summary>The values that start while the meter was installed there: after an exchange each meter counts for its own time only.</summary>
    private static void AddWithin(Installation installation, IReadOnlyList<StoredInterval> stored, List<IntervalValue> values)
    {
        var from = installation.From;
        var to = installation.To ?? DateTimeOffset.MaxValue;
        foreach (var value in stored)
        {
            if (value.Value.Start >= from && value.Value.Start < to)
            {
                values.Add(value.Value);
            }
        }
    }
}
