using Polis.Transit.Gtfs;
using Spectre.Console;

namespace Polis.Cli;

/// <summary>
/// The import's progress: a Spectre.Console progress display on a terminal (reading files, storing rows, activating),
/// one line per stage when the output is a file or a pipe.
/// </summary>
internal static class ImportProgress
{
    public static async Task<T> RunAsync<T>(Func<IProgress<GtfsImportProgress>, Task<T>> import)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await import(new LineProgress());
        }

        return await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var reading = context.AddTask("Reading and validating").IsIndeterminate();
                var storing = context.AddTask("Storing rows", autoStart: false);
                var activating = context.AddTask("Activating", autoStart: false, maxValue: 1);
                var result = await import(new BarProgress(reading, storing, activating));
                foreach (var task in new[] { reading, storing, activating }.Where(t => t.IsStarted))
                {
                    task.IsIndeterminate(false).Value = task.MaxValue;
                    task.StopTask();
                }

                return result;
            });
    }

    /// <summary>Updates the bars from whichever thread reports (ProgressTask is thread-safe).</summary>
    private sealed class BarProgress(ProgressTask reading, ProgressTask storing, ProgressTask activating) : IProgress<GtfsImportProgress>
    {
        public void Report(GtfsImportProgress value)
        {
            switch (value.Stage)
            {
                case GtfsImportStage.Reading:
                    reading.Description = Markup.Escape($"Reading {value.File} ({value.Rows:N0} rows)");
                    break;
                case GtfsImportStage.Validating:
                    reading.Description = "Validating";
                    break;
                case GtfsImportStage.Storing:
                    reading.IsIndeterminate(false).Value = reading.MaxValue;
                    reading.StopTask();
                    storing.StartTask();
                    storing.MaxValue = Math.Max(1, value.TotalRows ?? value.Rows);
                    storing.Value = value.Rows;
                    storing.Description = Markup.Escape($"Storing rows ({value.Rows:N0})");
                    break;
                default:
                    storing.Value = storing.MaxValue;
                    storing.StopTask();
                    activating.StartTask();
                    break;
            }
        }
    }

    private sealed class LineProgress : IProgress<GtfsImportProgress>
    {
        private GtfsImportStage? _stage;

        public void Report(GtfsImportProgress value)
        {
            if (value.Stage == GtfsImportStage.Reading && value.File is not null)
            {
                Console.WriteLine($"reading {value.File}: {value.Rows:N0} rows");
            }
            else if (value.Stage != _stage && value.Stage != GtfsImportStage.Reading)
            {
                Console.WriteLine(value.Stage == GtfsImportStage.Storing ? $"storing {value.TotalRows:N0} rows" : value.Stage.ToString().ToLowerInvariant());
            }

            _stage = value.Stage;
        }
    }
}
