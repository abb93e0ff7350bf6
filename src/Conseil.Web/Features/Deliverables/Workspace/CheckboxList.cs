using Microsoft.AspNetCore.Mvc.Rendering;

namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>A fieldset of checkboxes (<c>_Checkboxes.cshtml</c>) posting the ids chosen under one name; empty says why there is nothing to choose.</summary>
public sealed record CheckboxList(string Name, string Legend, string? Hint, IReadOnlyList<SelectListItem> Items, IReadOnlyCollection<int> Chosen, string Empty, string? Error);
