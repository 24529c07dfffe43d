using MudBlazor;

namespace Polis.Dashboard.Components.Layout;

/// <summary>One theme for the static sign-in page and the interactive pages.</summary>
public static class DashboardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1f5f8b", AppbarBackground = "#173f5f" },
    };
}
