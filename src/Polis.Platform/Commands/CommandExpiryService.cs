using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Polis.Platform.Commands;

/// <summary>Sweeps persistent commands every <see cref="CommandOptions.SweepInterval"/>: expired and timed-out ones end.</summary>
public sealed partial class CommandExpiryService(
    PersistentCommandService commands,
    IOptions<CommandOptions> options,
    TimeProvider timeProvider,
    ILogger<CommandExpiryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await commands.SweepAsync(stoppingToken);
                await Task.Delay(options.Value.SweepInterval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogSweepFailed(logger, ex);
                await Task.Delay(options.Value.SweepInterval, timeProvider, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sweeping persistent commands failed; retrying")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
