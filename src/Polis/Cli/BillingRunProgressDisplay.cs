using Polis.Metering.Billing.Runs;
using Spectre.Console;

namespace Polis.Cli;

/// <summary>
/// A billing run's progress: a Spectre.Console bar of service points settled on a terminal, a line per tenth of the
/// work when the output is a file or a pipe.
/// </summary>
internal static class BillingRunProgressDisplay
{
    public static async Task<T> RunAsync<T>(Func<IProgress<BillingRunProgress>, Task<T>> run)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await run(new LineProgress());
        }

        return await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Billing");
                var result = await run(new BarProgress(task));
                task.Value = task.MaxValue;
                task.StopTask();
                return result;
            });
    }

    /// <summary>Updates the bar from whichever thread reports (ProgressTask is thread-safe).</summary>
    private sealed class BarProgress(ProgressTask task) : IProgress<BillingRunProgress>
    {
        public void Report(BillingRunProgress value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
            task.Description = Markup.Escape($"Billing {value.Done:N0}/{value.Total:N0} service points ({value.Readings:N0} readings)");
        }
    }

    private sealed class LineProgress : IProgress<BillingRunProgress>
    {
        private int _tenth = -1;

        public void Report(BillingRunProgress value)
        {
            var tenth = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
            if (tenth != _tenth)
            {
                _tenth = tenth;
                Console.WriteLine($"settled {value.Done:N0} of {value.Total:N0} service points ({value.Readings:N0} readings)");
            }
        }
    }
}
