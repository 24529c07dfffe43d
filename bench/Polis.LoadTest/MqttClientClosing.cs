using MQTTnet;

namespace Polis.LoadTest;

/// <summary>Ends a load connection with a DISCONNECT when it is still up, giving up after 5 s: the run is over either way.</summary>
internal static class MqttClientClosing
{
    public static async Task DisconnectQuietlyAsync(this IMqttClient client)
    {
        if (!client.IsConnected)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await client.DisconnectAsync(new MqttClientDisconnectOptions(), timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or MQTTnet.Exceptions.MqttCommunicationException)
        {
            // Closing anyway.
        }
    }
}
