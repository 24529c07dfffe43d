using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;

namespace Polis.EndToEnd.Tests.Infrastructure;

/// <summary>A real HTTP server on a loopback port that records the JSON bodies posted to it and fails the first N with a 500.</summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private int _failuresLeft;

    private WebhookReceiver(int failFirst)
    {
        _failuresLeft = failFirst;
        var port = FreePorts.Next();
        Url = new Uri($"http://127.0.0.1:{port}/hook/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public ConcurrentQueue<JsonObject> Received { get; } = new();

    /// <summary>Requests answered with a 500, so a test can see that the sender retried.</summary>
    public int Refused { get; private set; }

    public static WebhookReceiver Start(int failFirst = 0) => new(failFirst);

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using (context.Response)
            {
                if (Interlocked.Decrement(ref _failuresLeft) >= 0)
                {
                    Refused++;
                    context.Response.StatusCode = 500;
                    continue;
                }

                if (await JsonNode.ParseAsync(context.Request.InputStream) is JsonObject body)
                {
                    Received.Enqueue(body);
                }

                context.Response.StatusCode = 200;
            }
        }
    }
}
