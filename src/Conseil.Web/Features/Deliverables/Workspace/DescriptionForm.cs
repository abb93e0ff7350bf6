using Microsoft.AspNetCore.Mvc.Rendering;

namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>The fields of a deliverable's description (<c>_DescriptionFields.cshtml</c>), named Input.… as on the page that includes them.</summary>
public sealed record DescriptionForm(DeliverableInput Input, List<SelectListItem> Bodies);
