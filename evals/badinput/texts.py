"""Invented minutes for the bad-input test bed, and their renderings: text, Markdown, HTML,
PDF (fpdf2) and DOCX (python-docx). Every body, person and event here is made up."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

CREATED = dt.datetime(2025, 1, 1, 12, 0, 0, tzinfo=dt.UTC)  # fixed, so PDFs do not change


@dataclass(frozen=True)
class Item:
    title: str
    text: str
    action: str | None = None  # "RH to ..."


@dataclass(frozen=True)
class Minutes:
    body: str
    date: str
    place: str
    present: tuple[str, ...]
    apologies: tuple[str, ...]
    items: tuple[Item, ...]

    @property
    def title(self) -> str:
        return f"{self.body}: minutes of the meeting held on {self.date}"


HARBOUR = Minutes(
    body="Kestrel Bay Harbour Users' Group",
    date="4 March 2025",
    place="the Harbour Office, Quay Street",
    present=("Ruth Hallam (Chair)", "Dev Okafor", "Ines Marwick", "Tom Pellow (Secretary)"),
    apologies=("Agnes Threlfall",),
    items=(
        Item("Minutes of the last meeting", "The minutes of 4 February 2025 were agreed."),
        Item(
            "Slipway repairs",
            "DO reported that the contractor had surveyed the lower slipway and found two "
            "cracked sections. The group agreed to ask for a quote for both sections.",
            "DO to obtain a quote for the slipway repairs by the next meeting.",
        ),
        Item(
            "Mooring fees",
            "The group discussed the proposed increase of 3% for the coming season. It was "
            "agreed to hold the fees for members who pay before 1 April.",
            "TP to write to all mooring holders about the early payment date.",
        ),
        Item("Date of next meeting", "1 April 2025 at 7pm in the Harbour Office."),
    ),
)

ALLOTMENTS = Minutes(
    body="Fernhollow Allotment Society Committee",
    date="12 May 2025",
    place="the Pavilion, Fernhollow Lane",
    present=("Marjorie Quist (Chair)", "Bilal Haddon", "Cora Lint (Treasurer)"),
    apologies=("Neville Sharpe", "Pat Ormerod"),
    items=(
        Item(
            "Water supply",
            "CL said the meter on plot row C had been replaced. Two troughs still leak.",
            "BH to fit new valves on the leaking troughs.",
        ),
        Item(
            "Waiting list",
            "There are eleven names on the waiting list. The committee agreed to split two "
            "large plots that have not been worked this year.",
            "MQ to write to the holders of the two unworked plots.",
        ),
        Item("Any other business", "None."),
    ),
)

VILLAGE_HALL = Minutes(
    body="Otterbrook Village Hall Management Committee",
    date="9 June 2025",
    place="the Small Room, Otterbrook Village Hall",
    present=("Hugh Barraclough (Chair)", "Sunita Vell", "Owen Crake", "Lena Fosse"),
    apologies=(),
    items=(
        Item(
            "Roof inspection",
            "OC reported that the surveyor found loose tiles above the kitchen. The committee "
            "agreed to spend up to 900 pounds on repairs before the autumn.",
            "OC to book the roofer.",
        ),
        Item(
            "Bookings",
            "SV said bookings were up on last year. The new online calendar is working well.",
        ),
        Item(
            "Defibrillator",
            "The pads expire in August. LF will order replacements from the usual supplier.",
            "LF to order defibrillator pads.",
        ),
    ),
)

TRANSPORT = Minutes(
    body="Greyfield Community Transport Trustees",
    date="17 July 2025",
    place="Greyfield Methodist Church Hall",
    present=("Alma Strickland (Chair)", "Joel Rennard", "Fen Whitby", "Priya Castell"),
    apologies=("Morris Eddowes",),
    items=(
        Item(
            "Minibus replacement",
            "JR presented three quotes for a replacement accessible minibus. The trustees "
            "agreed to apply to the county grant scheme before choosing a supplier.",
            "JR to submit the grant application by 31 August.",
        ),
        Item(
            "Volunteer drivers",
            "FW said four new drivers had finished their assessment. Two more are waiting "
            "for their checks to come back.",
        ),
        Item(
            "Safeguarding policy",
            "The annual review of the safeguarding policy was agreed with one change to the "
            "contact list.",
            "PC to circulate the updated policy to all volunteers.",
        ),
        Item(
            "Finance",
            "The treasurer's report showed a small surplus for the quarter. Fuel costs remain "
            "the largest item of spending.",
        ),
        Item("Date of next meeting", "18 September 2025 at 2pm."),
    ),
)

SWIMMING = Minutes(
    body="Lowmere Swimming Club Committee",
    date="2 September 2025",
    place="the club room, Lowmere Leisure Centre",
    present=("Gwen Archer (Chair)", "Rafe Dunmore", "Tilly Osei", "Sam Yardley"),
    apologies=("Eliza Penrose",),
    items=(
        Item(
            "Pool time",
            "RD reported that the leisure centre has offered an extra lane on Thursday "
            "evenings. The committee agreed to take it for a trial term.",
            "RD to confirm the Thursday lane with the centre manager.",
        ),
        Item(
            "Gala",
            "TO is organising the autumn gala for 8 November. Six clubs have entered.",
            "TO to send the timetable to visiting clubs.",
        ),
    ),
)

RESIDENTS = Minutes(
    body="Brindle Lane Residents' Association",
    date="21 October 2025",
    place="14 Brindle Lane",
    present=("Keith Ambrose (Chair)", "Noor Saddiq", "Vera Lumb"),
    apologies=("Colin Treadway",),
    items=(
        Item(
            "Street lighting",
            "NS said the council has agreed to replace the two broken lamps near the bus stop.",
        ),
        Item(
            "Litter pick",
            "The next litter pick is on 15 November. VL will borrow grabbers from the council.",
            "VL to collect the litter-picking kit.",
        ),
    ),
)

FOOTPATHS = Minutes(
    body="Sallowmead Parish Footpaths Working Group",
    date="5 November 2025",
    place="Sallowmead Reading Room",
    present=("Dora Fairweather (Chair)", "Ivo Kendrick", "Maud Ashby"),
    apologies=(),
    items=(
        Item(
            "Stile on footpath 7",
            "IK reported the stile by Lower Barn is broken. The landowner has agreed to a gate.",
            "IK to order a kissing gate.",
        ),
        Item("Signposts", "Three new signposts were installed in October."),
    ),
)

TRADERS = Minutes(
    body="Café Quarter Traders’ Forum",
    date="11 December 2025",
    place="Bröd & Co., Market Row",
    present=("Zoë Harcourt (Chair)", "José Ferrante", "Renée Addo"),
    apologies=("Björn Calloway",),
    items=(
        Item(
            "Christmas lights",
            "JF said the lights cost £1,250 this year – £200 more than last year. The forum "
            "agreed to share the cost equally between members.",
            "JF to send each member an invoice for their share.",
        ),
        Item("Parking", "RA raised the “loading only” signs on Market Row; to be discussed."),
    ),
)

CRICKET = Minutes(
    body="Upper Tolworth Cricket Club Committee",
    date="14 April 2025",
    place="the Pavilion",
    present=("Hamish Greer (Chair)", "Ada Pollard", "Kwame Usher"),
    apologies=(),
    items=(
        Item(
            "Square preparation",
            "KU said the roller has been serviced and the square will be ready by 3 May.",
            "KU to book the first fixture umpires.",
        ),
    ),
)


def to_text(m: Minutes) -> str:
    lines = [m.title, "", f"Held at {m.place}.", "", "Present: " + ", ".join(m.present)]
    lines.append("Apologies: " + (", ".join(m.apologies) if m.apologies else "none"))
    for n, item in enumerate(m.items, 1):
        lines += ["", f"{n}. {item.title}", item.text]
        if item.action:
            lines.append(f"ACTION: {item.action}")
    return "\n".join(lines) + "\n"


def to_markdown(m: Minutes) -> str:
    lines = [f"# {m.title}", "", f"Held at {m.place}.", "", "**Present:** " + ", ".join(m.present)]
    lines.append("**Apologies:** " + (", ".join(m.apologies) if m.apologies else "none"))
    for n, item in enumerate(m.items, 1):
        lines += ["", f"## {n}. {item.title}", "", item.text]
        if item.action:
            lines += ["", f"- **Action:** {item.action}"]
    return "\n".join(lines) + "\n"


def to_html_body(m: Minutes) -> str:
    parts = [f"<h1>{m.title}</h1>", f"<p>Held at {m.place}.</p>"]
    parts.append(f"<p><b>Present:</b> {', '.join(m.present)}</p>")
    parts.append(f"<p><b>Apologies:</b> {', '.join(m.apologies) or 'none'}</p>")
    for n, item in enumerate(m.items, 1):
        parts += [f"<h2>{n}. {item.title}</h2>", f"<p>{item.text}</p>"]
        if item.action:
            parts.append(f"<ul><li><b>Action:</b> {item.action}</li></ul>")
    return "\n".join(parts)


def to_html(m: Minutes) -> str:
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{m.body}</title></head>\n<body>\n<nav>Home | Meetings | Contact</nav>\n"
        f"{to_html_body(m)}\n</body></html>\n"
    )


def to_pdf(m: Minutes, items_per_page: int = 2) -> bytes:
    """Core-font PDF (latin-1 text), a new page every `items_per_page` items."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(CREATED)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 7, m.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for line in (f"Held at {m.place}.", "Present: " + ", ".join(m.present)):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "Apologies: " + (", ".join(m.apologies) or "none"))
    for n, item in enumerate(m.items, 1):
        if n > 1 and (n - 1) % items_per_page == 0:
            pdf.add_page()
        pdf.ln(4)
        pdf.set_font("Helvetica", "B", 11)
        pdf.multi_cell(0, 6, f"{n}. {item.title}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, item.text, new_x="LMARGIN", new_y="NEXT")
        if item.action:
            pdf.multi_cell(0, 6, f"ACTION: {item.action}", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def to_docx(m: Minutes) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.created = CREATED.replace(tzinfo=None)
    document.add_heading(m.title, level=1)
    document.add_paragraph(f"Held at {m.place}.")
    document.add_paragraph("Present: " + ", ".join(m.present))
    document.add_paragraph("Apologies: " + (", ".join(m.apologies) or "none"))
    for n, item in enumerate(m.items, 1):
        document.add_heading(f"{n}. {item.title}", level=2)
        document.add_paragraph(item.text)
    actions = [item for item in m.items if item.action]
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Item", "Action"
    for item in actions:
        row = table.add_row()
        row.cells[0].text, row.cells[1].text = item.title, item.action or ""
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
