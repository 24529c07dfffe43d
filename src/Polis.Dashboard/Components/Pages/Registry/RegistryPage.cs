using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Polis.Dashboard.Overview;

namespace Polis.Dashboard.Components.Pages.Registry;

/// <summary>
/// What every registry page shares: the signed-in user, whether to show write controls (the server re-checks at
/// each write anyway), a cancellation for reads that outlive the page, and <c>data-live</c> once the circuit is
/// connected (the pages are prerendered; clicks before that land on static HTML).
/// </summary>
public abstract class RegistryPage : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected ClaimsPrincipal User { get; private set; } = new();

    protected bool MayWrite { get; private set; }

    protected string LiveFlag => Live ? "true" : "false";

    protected CancellationToken Stopping => _stop.Token;

    private bool Live { get; set; }

    protected override async Task OnInitializedAsync()
    {
        User = (await AuthenticationState).User;
        MayWrite = OperatorActions.MayWrite(User);
        await LoadAsync();
    }

    protected virtual Task LoadAsync() => Task.CompletedTask;

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            Live = true;
            StateHasChanged();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }
}
