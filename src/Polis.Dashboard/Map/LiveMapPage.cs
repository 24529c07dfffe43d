using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;

namespace Polis.Dashboard.Map;

/// <summary>What the live map and the transit map do alike around their script module: the periodic flush and the clean-up.</summary>
public static partial class LiveMapPage
{
    /// <summary>
    /// Calls <paramref name="flush"/> (with the flush's number, from 1) on the page's dispatcher every
    /// <paramref name="period"/> until <paramref name="stopping"/>. A failure ends the loop with a warning: the map stops
    /// updating but stays usable, and a reload starts it again. Said loudly, never swallowed.
    /// </summary>
    public static async Task RunAsync(
        string page, TimeSpan period, TimeProvider time, Func<Func<Task>, Task> dispatch, Func<int, Task> flush, ILogger logger, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(period, time);
        var flushes = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                var number = ++flushes;
                await dispatch(() => flush(number));
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (JSDisconnectedException)
        {
        }
        catch (Exception ex)
        {
            LogUpdatesStopped(logger, page, ex);
        }
    }

    /// <summary>Removes the page's map and releases its module; a browser already gone (or a page already replaced) is fine.</summary>
    public static async Task DisposeAsync(IJSObjectReference? module, ElementReference element)
    {
        if (module is null)
        {
            return;
        }

        try
        {
            await module.InvokeVoidAsync("dispose", element);
            await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone, and its map with it.
        }
        catch (JSException)
        {
            // The page went first: a failed clean-up of a map no longer shown must not end the circuit.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Page} stopped updating; a reload of the page starts it again")]
    private static partial void LogUpdatesStopped(ILogger logger, string page, Exception exception);
}
