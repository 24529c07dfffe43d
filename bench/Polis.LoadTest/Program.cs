using System.Text.Json;
using Polis.LoadTest;

if (args.Length > 0 && args[0] == "rpc")
{
    return await RpcProgram.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] is "--help" or "-h")
{
    Console.WriteLine(LoadOptions.Usage);
    return 0;
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var result = await new LoadRunner(options).RunAsync(cancel.Token);
Console.WriteLine(JsonSerializer.Serialize(result, LoadJson.Options));
Console.Error.WriteLine(Summary.Describe(result));
return result.Errors > 0 || result.TimedOut ? 1 : 0;
