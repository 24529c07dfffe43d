using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Polis.NgsiLd.Tests.Subscriptions;

/// <summary>A real HTTP endpoint on a free loopback port that records every notification POSTed to it.</summary>
internal sealed class NotificationReceiver : IAsyncDisposable
{
    private readonly Channel<ReceivedNotification> _received = Channel.CreateUnbounded<ReceivedNotification>();
    private WebApplication? _app;
    private int _count;

    public Uri Endpoint { get; private set; } = null!;

    public int Count => Volatile.Read(ref _count);

    /// <summary>What the receiver answers; 2xx by default.</summary>
    public int StatusCode { get; set; } = StatusCodes.Status204NoContent;

    /// <summary>While set, each request is recorded at once but answered only when this task completes (a send under way).</summary>
    public Task? AnswerAfter { get; set; }

    public static async Task<NotificationReceiver> StartAsync()
    {
        var receiver = new NotificationReceiver();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        receiver._app = builder.Build();
        receiver._app.MapPost("/notify", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            Interlocked.Increment(ref receiver._count);
            await receiver._received.Writer.WriteAsync(new ReceivedNotification(context.Request.ContentType, context.Request.Headers.Link.ToString(), body));
            if (receiver.AnswerAfter is { } answer)
            {
                await answer;
            }

            return Results.StatusCode(receiver.StatusCode);
        });
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Endpoint = new Uri(address + "/notify");
        return receiver;
    }

    public async Task<ReceivedNotification> NextAsync(int seconds = 30) =>
        await _received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(seconds));

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
