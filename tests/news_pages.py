"""News pages written for the intake tests: menus, related links, cookie banners, metadata."""

from html import escape

DJIBO_TEXT = (
    "Gunmen attacked a military post in Djibo, in northern Burkina Faso, on Saturday, killing "
    "twelve soldiers, the army said in a statement read on national television on Sunday.",
    "The attack was claimed by Jama'at Nusrat al-Islam wal-Muslimin, the al-Qaeda affiliate "
    "that has spread from Mali into Burkina Faso and Niger since 2015.",
    "Residents said the fighting lasted several hours before reinforcements arrived "
    "from Ouahigouya.",
)
MARKET_TEXT = (
    "Traders in Niamey said on Tuesday that the price of millet had doubled since the border "
    "with Benin closed, as the ruling military council kept its stance against the regional bloc.",
    "Several families in the capital told reporters they now eat once a day, and aid agencies "
    "warned that the lean season would be harder than last year's.",
)


def news_page(
    title: str,
    paragraphs: tuple[str, ...],
    *,
    published: str | None = None,
    site: str = "Sahel Daily",
    author: str | None = "Amadou Diallo",
) -> bytes:
    """A page as news sites serve it: menus, cookie banner, related links, footer."""
    meta = [f'<meta property="og:site_name" content="{escape(site)}">']
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    if author:
        meta.append(f'<meta name="author" content="{escape(author)}">')
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)} | {escape(site)}</title>
{"".join(meta)}</head>
<body>
<div class="cookie-banner" id="cookie-consent">We use cookies to improve your experience.
<button>Accept all cookies</button> <button>Manage preferences</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/africa">Africa</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article><h1>{escape(title)}</h1>{body}</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/r/1">Football: Burkina Faso beat Mali in qualifier</a></li>
<li><a href="/r/2">Ten photos of the week</a></li></ul></aside></main>
<footer><p>&copy; Sahel Daily. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>""".encode()
