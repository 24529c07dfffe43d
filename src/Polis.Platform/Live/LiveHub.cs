using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Polis.Platform.Identity;

namespace Polis.Platform.Live;

/// <summary>
/// Streams twin changes ("twin") and alarm changes ("alarm") to operators at /hubs/live. A client invokes
/// "subscribe" with its filter (again to change it, "unsubscribe" to stop); until then it receives nothing.
/// </summary>
[Authorize(Policy = PolisPolicies.Read)]
public sealed class LiveHub(LiveSubscriptions subscriptions) : Hub
{
    public const string Path = "/hubs/live";

    [HubMethodName("subscribe")]
    public Task SubscribeAsync(LiveFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Validate() is { } error)
        {
            throw new HubException(error);
        }

        subscriptions.Set(Context.ConnectionId, filter);
        return Task.CompletedTask;
    }

    [HubMethodName("unsubscribe")]
    public Task UnsubscribeAsync()
    {
        subscriptions.Remove(Context.ConnectionId);
        return Task.CompletedTask;
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        subscriptions.Remove(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
