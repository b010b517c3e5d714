#!/usr/bin/env python3
"""Writes the Word templates of the documents Rectify generates (material.docx, plan.docx,
report.docx, lists.docx, meeting.docx in src/rectify/documents/templates,
where the bundle finds them as resources), in the layout of GB/T 9704-2012: A4, a
type area of 156 x 225 mm, 22 lines of 28 characters through the document grid, the title in
方正小标宋简体 2号, body text in 仿宋_GB2312 3号, headings 一、 in 黑体 and （一） in 楷体_GB2312
(each font with the name WPS and Windows give it as an alternative), page numbers "— N —" in
4号 宋体 in the footer, on the right of odd pages and on the left of even pages.

Placeholders: {{name}} is replaced by a value; a paragraph that holds only {{#name}} is replaced
by generated paragraphs and tables. The wording around them is the template's: an organisation
may edit it in Word or WPS and choose its own template in the preferences.

Run it after changing it: python3 make-templates.py (no packages needed). The files it writes are
the same for the same script.
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'src', 'rectify', 'documents', 'templates')
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

# twips: 1 mm = 1440 / 25.4
def mm(value):
    return round(value * 1440 / 25.4)

TITLE_FONT = '方正小标宋简体'
BODY_FONT = '仿宋_GB2312'
HEI_FONT = '黑体'
KAI_FONT = '楷体_GB2312'
SONG_FONT = '宋体'
LATIN_FONT = 'Times New Roman'

# the fonts, each with what Windows and WPS call it when the first name is not installed
FONTS = [
    (TITLE_FONT, '方正小标宋_GBK', '02000000000000000000'),
    (BODY_FONT, '仿宋', '02010609030101010101'),
    (HEI_FONT, 'SimHei', '02010609060101010101'),
    (KAI_FONT, '楷体', '02010609030101010101'),
    (SONG_FONT, 'SimSun', '02010600030101010101'),
]


def fonts(east_asia, latin=LATIN_FONT):
    return (f'<w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{east_asia}" '
            f'w:cs="{latin}" w:hint="eastAsia"/>')


def style(kind, style_id, name, ppr='', rpr='', based='Normal', extra=''):
    based_on = f'<w:basedOn w:val="{based}"/>' if based else ''
    return (f'<w:style w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{name}"/>{based_on}'
            f'<w:qFormat/>{extra}<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')


# The section's document grid says 22 lines of 28 characters, as Word's and WPS's page set-up show
# it; the text keeps to it by itself, so that every office lays it out alike: each line exactly one
# grid pitch high, and each character of 3号 tightened by 0.35 pt, so that 28 fit a line of 156 mm and
# 29 do not. (Snapped to the character grid, LibreOffice gives every character that is wider than
# the grid's pitch of 15.79 pt two cells of it, spreading the text over twice the lines.) Punctuation
# stays within the type area: LibreOffice loses a comma hung beyond it.
TRACKING = -7
# 22 lines of exact height in the 225 mm
LINE_PITCH = mm(225) // 22

STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:docDefaults>
<w:rPrDefault><w:rPr>{fonts(BODY_FONT)}<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:overflowPunct w:val="0"/><w:snapToGrid w:val="0"/><w:spacing w:line="{LINE_PITCH}" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr><w:rPr>{fonts(BODY_FONT)}<w:spacing w:val="{TRACKING}"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
{style('paragraph', 'Title', 'Title', f'<w:snapToGrid w:val="0"/><w:spacing w:line="{LINE_PITCH}" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="9"/>', fonts(TITLE_FONT, TITLE_FONT) + '<w:spacing w:val="0"/><w:sz w:val="44"/><w:szCs w:val="44"/>', extra='<w:next w:val="Normal"/>')}
{style('paragraph', 'Heading1', 'heading 1', '<w:keepNext/><w:outlineLvl w:val="0"/>', fonts(HEI_FONT, HEI_FONT), extra='<w:next w:val="Normal"/>')}
{style('paragraph', 'Heading2', 'heading 2', '<w:keepNext/><w:outlineLvl w:val="1"/>', fonts(KAI_FONT, KAI_FONT), extra='<w:next w:val="Normal"/>')}
{style('paragraph', 'Signature', 'Signature', '<w:jc w:val="right"/><w:ind w:firstLineChars="0" w:firstLine="0" w:rightChars="400" w:right="1280"/>')}
{style('paragraph', 'TableText', 'Table Text', '<w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/>', '<w:spacing w:val="0"/><w:sz w:val="24"/><w:szCs w:val="24"/>')}
{style('paragraph', 'TableHeading', 'Table Heading', '<w:keepNext/><w:jc w:val="center"/>', fonts(HEI_FONT, HEI_FONT), based='TableText')}
{style('paragraph', 'Footer', 'footer', '<w:snapToGrid w:val="0"/><w:ind w:firstLineChars="0" w:firstLine="0"/>', fonts(SONG_FONT, SONG_FONT) + '<w:sz w:val="28"/><w:szCs w:val="28"/>')}
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:jc w:val="center"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>
'''

FONT_TABLE = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="{W}">'
              + ''.join(f'<w:font w:name="{name}"><w:altName w:val="{alt}"/><w:panose1 w:val="{panose}"/>'
                        '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
                        for name, alt, panose in FONTS)
              + f'<w:font w:name="{LATIN_FONT}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
              '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>\n')

SETTINGS = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:evenAndOddHeaders/><w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="290"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>
'''


def footer(align, indent):
    run = lambda inner: f'<w:r><w:rPr>{fonts(SONG_FONT, SONG_FONT)}<w:sz w:val="28"/></w:rPr>{inner}</w:r>'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="{W}"><w:p><w:pPr>'
            f'<w:pStyle w:val="Footer"/><w:jc w:val="{align}"/><w:ind {indent}/></w:pPr>'
            + run('<w:t xml:space="preserve">— </w:t>') + run('<w:fldChar w:fldCharType="begin"/>')
            + run('<w:instrText xml:space="preserve"> PAGE </w:instrText>') + run('<w:fldChar w:fldCharType="separate"/>')
            + run('<w:t>1</w:t>') + run('<w:fldChar w:fldCharType="end"/>') + run('<w:t xml:space="preserve"> —</w:t>')
            + '</w:p></w:ftr>\n')


# one character of 4号 (14 pt) in from the edge of the type area
ODD_FOOTER = footer('right', 'w:right="280"')
EVEN_FOOTER = footer('left', 'w:left="280"')


def section(landscape):
    """A4, the type area 156 x 225 mm (turned for landscape tables), 22 lines of 28 characters."""
    if landscape:
        size = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
        margins = f'w:top="{mm(28)}" w:right="{mm(35)}" w:bottom="{mm(26)}" w:left="{mm(37)}"'
        grid = '<w:docGrid w:type="lines" w:linePitch="312"/>'
    else:
        size = '<w:pgSz w:w="11906" w:h="16838"/>'
        margins = f'w:top="{mm(37)}" w:right="{mm(26)}" w:bottom="{mm(35)}" w:left="{mm(28)}"'
        # 225 mm / 22 lines; 156 mm / 28 characters of 16 pt: the pitch over the font size in 1/4096 pt
        line_pitch = LINE_PITCH
        char_space = round((156 / 25.4 * 72 / 28 - 16) * 4096)
        grid = f'<w:docGrid w:type="linesAndChars" w:linePitch="{line_pitch}" w:charSpace="{char_space}"/>'
    footer_distance = mm(35 - 7) - 280 if not landscape else mm(14)
    return (f'<w:sectPr><w:footerReference w:type="default" r:id="rIdFooterOdd"/>'
            f'<w:footerReference w:type="even" r:id="rIdFooterEven"/>{size}'
            f'<w:pgMar {margins} w:header="{mm(15)}" w:footer="{footer_distance}" w:gutter="0"/>'
            f'<w:cols w:space="425"/>{grid}</w:sectPr>')


def text_runs(text):
    """Runs of a paragraph: each placeholder a run of its own, so that editing keeps it whole."""
    runs = []
    rest = text
    while rest:
        start = rest.find('{{')
        if start < 0:
            runs.append(rest)
            break
        if start > 0:
            runs.append(rest[:start])
        end = rest.index('}}', start) + 2
        runs.append(rest[start:end])
        rest = rest[end:]
    return ''.join(f'<w:r><w:t xml:space="preserve">{escape(run)}</w:t></w:r>' for run in runs)


def paragraph(text='', style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
    return f'<w:p>{ppr}{text_runs(text)}</w:p>'


def document(body, landscape=False):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}" xmlns:r="{R}">'
            f'<w:body>{"".join(body)}{section(landscape)}</w:body></w:document>\n')


T, H1, H2, SIG = 'Title', 'Heading1', 'Heading2', 'Signature'

TEMPLATES = {
    'material': ('对照检查材料', [
        paragraph('{{title}}', T),
        paragraph(),
        paragraph('{{#material}}'),
    ]),
    'plan': ('整改方案', [
        paragraph('{{record}}整改方案', T),
        paragraph(),
        paragraph('为深入抓好{{record}}查摆问题的整改落实，以整改实效检验会议成效，结合工作实际，制定本方案。'),
        paragraph('一、总体要求', H1),
        paragraph('坚持问题导向、目标导向、结果导向，对查摆出的{{problems}}个问题逐条制定整改措施，共{{measures}}条，'
                  '明确责任领导、责任单位和完成时限，立行立改与长期坚持相结合，建章立制与推动工作相结合，确保件件有着落、事事有回音。'),
        paragraph('二、整改措施', H1),
        paragraph('{{#directions}}'),
        paragraph('三、工作要求', H1),
        paragraph('（一）加强组织领导。', H2),
        paragraph('班子主要负责同志履行第一责任人职责，班子成员按照分工抓好分管领域的整改落实，各责任单位主要负责同志具体负责。'),
        paragraph('（二）强化督促检查。', H2),
        paragraph('建立整改台账，实行销号管理，定期调度整改进展，对进度滞后的及时督促提醒。'),
        paragraph('（三）注重成果运用。', H2),
        paragraph('把整改成效体现到推动工作上，对带有普遍性的问题建立健全制度机制，防止问题反弹回潮。'),
        paragraph(),
        paragraph('附件：整改任务清单'),
        paragraph('{{#tasks}}'),
        paragraph(),
        paragraph('{{organization}}', SIG),
        paragraph('{{date}}', SIG),
    ]),
    'report': ('整改落实情况报告', [
        paragraph('关于{{record}}整改落实情况的报告', T),
        paragraph(),
        paragraph('{{superior}}：'),
        paragraph('按照有关要求，现将{{record}}查摆问题整改落实情况报告如下。'),
        paragraph('一、总体情况', H1),
        paragraph('对照检查查摆问题{{problems}}个，制定整改措施{{measures}}条，截至{{today}}，已完成{{done}}条，'
                  '完成率{{rate}}%，其余{{open}}条正在推进。'),
        paragraph('二、整改措施落实情况', H1),
        paragraph('{{#progress}}'),
        paragraph('三、尚未完成的事项及原因', H1),
        paragraph('{{#open}}'),
        paragraph('四、下一步工作', H1),
        paragraph('{{#next}}'),
        paragraph('特此报告。'),
        paragraph(),
        paragraph('{{organization}}', SIG),
        paragraph('{{date}}', SIG),
    ]),
    'lists': ('三张清单', [
        paragraph('{{record}}问题清单、任务清单、责任清单', T),
        paragraph(),
        paragraph('一、问题清单', H1),
        paragraph('{{#problemList}}'),
        paragraph('二、任务清单', H1),
        paragraph('{{#taskList}}'),
        paragraph('三、责任清单', H1),
        paragraph('{{#responsibilityList}}'),
        paragraph(),
        paragraph('{{organization}}', SIG),
        paragraph('{{date}}', SIG),
    ], True),
    'meeting': ('会议情况报告', [
        paragraph('关于召开{{record}}情况的报告', T),
        paragraph(),
        paragraph('{{superior}}：'),
        paragraph('{{organization}}于{{meetingDate}}召开{{record}}。现将有关情况报告如下。'),
        paragraph('一、会前准备情况', H1),
        paragraph('{{#preparation}}'),
        paragraph('二、会议召开情况', H1),
        paragraph('{{#meeting}}'),
        paragraph('三、开展批评和自我批评情况', H1),
        paragraph('{{#criticisms}}'),
        paragraph('四、整改落实安排', H1),
        paragraph('{{#rectification}}'),
        paragraph('特此报告。'),
        paragraph(),
        paragraph('{{organization}}', SIG),
        paragraph('{{date}}', SIG),
    ]),
}

CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>
'''

PACKAGE_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>
'''

DOCUMENT_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rIdFooterOdd" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rIdFooterEven" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/></Relationships>
'''


def core(title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(title)}</dc:title><dc:creator>Rectify</dc:creator><dc:language>zh-CN</dc:language>'
            '</cp:coreProperties>\n')


APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
       'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>Rectify</Application></Properties>\n')


def write(name, title, body, landscape=False):
    parts = [
        ('[Content_Types].xml', CONTENT_TYPES),
        ('_rels/.rels', PACKAGE_RELS),
        ('docProps/core.xml', core(title)),
        ('docProps/app.xml', APP),
        ('word/document.xml', document(body, landscape)),
        ('word/_rels/document.xml.rels', DOCUMENT_RELS),
        ('word/styles.xml', STYLES),
        ('word/settings.xml', SETTINGS),
        ('word/fontTable.xml', FONT_TABLE),
        ('word/footer1.xml', ODD_FOOTER),
        ('word/footer2.xml', EVEN_FOOTER),
    ]
    with zipfile.ZipFile(os.path.join(HERE, name + '.docx'), 'w', zipfile.ZIP_DEFLATED) as docx:
        for part, text in parts:
            info = zipfile.ZipInfo(part, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            docx.writestr(info, text.encode('utf-8'))


if __name__ == '__main__':
    for name, spec in TEMPLATES.items():
        write(name, *spec)
