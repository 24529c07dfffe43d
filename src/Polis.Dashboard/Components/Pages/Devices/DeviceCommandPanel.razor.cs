using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Polis.Dashboard.Devices;
using Polis.Platform.Commands;
using Polis.Platform.Devices;

namespace Polis.Dashboard.Components.Pages.Devices;

/// <summary>
/// The command form. When the profile declares its commands only those are offered (the server refuses others
/// anyway, through <see cref="ProfileCommands"/>); a profile without a list takes any method, typed in.
/// </summary>
public sealed partial class DeviceCommandPanel : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private DeviceCommandOutcome? _outcome;
    private bool _sending;

    [Inject]
    private DeviceActions Actions { get; set; } = default!;

    [Parameter, EditorRequired]
    public string DeviceId { get; set; } = "";

    [Parameter, EditorRequired]
    public string ProfileId { get; set; } = "";

    /// <summary>The profile's commands; null when it does not declare a list (any method).</summary>
    [Parameter]
    public IReadOnlyList<CommandDefinition>? Declared { get; set; }

    [Parameter, EditorRequired]
    public ClaimsPrincipal User { get; set; } = new();

    [Parameter]
    public bool MayWrite { get; set; }

    [Parameter, EditorRequired]
    public IReadOnlyList<PersistentCommand> Recent { get; set; } = [];

    /// <summary>Raised after a send, so the page re-reads the recent commands.</summary>
    [Parameter]
    public EventCallback OnSent { get; set; }

    private string? Method { get; set; }

    private CommandMode Mode { get; set; } = CommandMode.TwoWay;

    private long? TimeoutMs { get; set; }

    private string ParamsJson { get; set; } = "{}";

    protected override void OnParametersSet()
    {
        if (Declared is { Count: > 0 } declared && (Method is null || !declared.Any(c => c.Method == Method)))
        {
            Method = declared[0].Method;
        }
    }

    private async Task SendAsync()
    {
        _sending = true;
        _outcome = null;
        try
        {
            _outcome = await Actions.SendCommandAsync(User, DeviceId, new DeviceCommandForm(Method, ParamsJson, Mode, TimeoutMs), _stop.Token);
        }
        finally
        {
            _sending = false;
        }

        await OnSent.InvokeAsync();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
