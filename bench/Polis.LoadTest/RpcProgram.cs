using System.Text.Json;

namespace Polis.LoadTest;

/// <summary>The <c>rpc</c> verb: RPC round-trip latency with N answering devices.</summary>
public static class RpcProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] is "--help" or "-h")
        {
            Console.WriteLine(RpcLoadOptions.Usage);
            return 0;
        }

        RpcLoadOptions options;
        try
        {
            options = RpcLoadOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(RpcLoadOptions.Usage);
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var result = await new RpcLoadRunner(options).RunAsync(cancel.Token).ConfigureAwait(false);
        Console.WriteLine(JsonSerializer.Serialize(result, LoadJson.Options));
        Console.Error.WriteLine(RpcSummary.Describe(result));
        return result.Errors > 0 || result.TimedOut ? 1 : 0;
    }
}
