using Microsoft.Extensions.Options;
using Polis.Platform.Devices;
using Polis.Platform.Ingest;

namespace Polis.Platform.Commands;

/// <summary>The services the RPC endpoint needs, bound as one parameter so the three routes share one handler.</summary>
public sealed class CommandApi(
    IDeviceRegistryStore registry,
    DeviceProfileCache profiles,
    ICommandStore store,
    RpcService rpc,
    PersistentCommandService persistent,
    IOptions<CommandOptions> options,
    IOptions<GatewayOptions> gateway,
    TimeProvider time)
{
    public IDeviceRegistryStore Registry { get; } = registry;

    public DeviceProfileCache Profiles { get; } = profiles;

    public ICommandStore Store { get; } = store;

    public RpcService Rpc { get; } = rpc;

    public PersistentCommandService Persistent { get; } = persistent;

    public IOptions<CommandOptions> Options { get; } = options;

    public IOptions<GatewayOptions> Gateway { get; } = gateway;

    public TimeProvider Time { get; } = time;
}
