#!/usr/bin/env python3
"""Makes the corpus documents from their sources (see README.md); needs LibreOffice for .docx, .doc and .pdf.

    python3 make.py [NAME...]      (default: every document of the index)
"""
import os, re, subprocess, sys, tempfile, shutil
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

def width(text):
    return sum(0.5 if ord(c) < 0x2E80 else 1 for c in text)

NO_LINE_START = set('，。、；：？！）》”’」』】…,.;:?!)')

def wrap(paragraph, columns):
    """Hard-wraps a paragraph at `columns` full-width characters, as a mail program or a copy out of a PDF does."""
    lines, line = [], ''
    for c in paragraph:
        if width(line + c) > columns and c not in NO_LINE_START:
            lines.append(line)
            line = ''
        line += c
    lines.append(line)
    return lines

def source(name):
    text = open(os.path.join(HERE, 'sources', re.sub(r'\.[a-z]+$', '.txt', name)), encoding='utf-8').read()
    head, _, body = text.partition('\n\n')
    return head.split('\n'), [p for p in body.split('\n') if p.strip()]

def make_text(name, how):
    title, paragraphs = source(name)
    out = list(title) + ['']
    for p in paragraphs:
        out += wrap(p, int(how[4:])) if how.startswith('wrap') else [p]
    encoding = how.split(':', 1)[1] if how.startswith('plain:') else 'utf-8'
    with open(os.path.join(HERE, name), 'w', encoding=encoding, newline='\n') as f:
        f.write('\n'.join(out) + '\n')

HEADING = re.compile(r'^[一二三四五六七八九十]+、')
SIGNATURE = re.compile(r'^(中共|中国共产党).{2,30}(党组|党委|委员会|支部|总支)$|^[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日$')

def fodt(title, paragraphs, header):
    """A flat OpenDocument text laid out as GB/T 9704 asks: A4, title centred, body indented two characters, page numbers '— N —'."""
    body = []
    for t in title:
        body.append('<text:p text:style-name="Title">%s</text:p>' % escape(t))
    for p in paragraphs:
        style = 'Heading' if HEADING.match(p) and len(p) < 40 else 'Signature' if SIGNATURE.match(p) else 'Body'
        body.append('<text:p text:style-name="%s">%s</text:p>' % (style, escape(p)))
    header_xml = '<style:header><text:p text:style-name="Header">%s</text:p></style:header>' % escape(header) if header else ''
    return '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls><style:font-face style:name="AR PL UMing CN" svg:font-family="'AR PL UMing CN'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph"><style:text-properties style:font-name="AR PL UMing CN" style:font-name-asian="AR PL UMing CN" fo:font-size="16pt" style:font-size-asian="16pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
  <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="32pt" fo:line-height="28pt" fo:text-align="justify"/></style:style>
  <style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:text-indent="32pt" fo:line-height="28pt"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
  <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:line-height="32pt"/><style:text-properties fo:font-size="22pt" style:font-size-asian="22pt"/></style:style>
  <style:style style:name="Signature" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-right="64pt" fo:line-height="28pt"/></style:style>
  <style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
  <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="25mm" fo:margin-bottom="20mm" fo:margin-left="28mm" fo:margin-right="26mm"/>
   <style:header-style><style:header-footer-properties fo:margin-bottom="6mm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:margin-top="6mm"/></style:footer-style></style:page-layout>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">%s
  <style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer></style:master-page></office:master-styles>
 <office:body><office:text>
%s
 </office:text></office:body>
</office:document>
''' % (header_xml, '\n'.join(body))

def make_office(name, how):
    title, paragraphs = source(name)
    header = how.split(':', 1)[1] if ':' in how else None
    extension = name.rsplit('.', 1)[1]
    work = tempfile.mkdtemp()
    try:
        base = name.rsplit('.', 1)[0]
        with open(os.path.join(work, base + '.fodt'), 'w', encoding='utf-8') as f:
            f.write(fodt(title, paragraphs, header))
        target = {'docx': 'docx:MS Word 2007 XML', 'doc': 'doc:MS Word 97', 'pdf': 'pdf:writer_pdf_Export'}[extension]
        subprocess.run(['soffice', '--headless', '--convert-to', target, '--outdir', work, os.path.join(work, base + '.fodt')],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, name), os.path.join(HERE, name))
    finally:
        shutil.rmtree(work)

def main(names):
    for line in open(os.path.join(HERE, 'index'), encoding='utf-8'):
        fields = line.split(None, 1)
        if not fields or line.startswith('#'):
            continue
        name, how = fields[0], fields[1].strip()
        if names and name not in names:
            continue
        (make_text if name.endswith('.txt') else make_office)(name, how)
        print(name)

if __name__ == '__main__':
    main(sys.argv[1:])
