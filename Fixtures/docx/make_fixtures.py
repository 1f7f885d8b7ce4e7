#!/usr/bin/env python3
# Usage: python3 Fixtures/docx/make_fixtures.py   (from the repository root; needs python-docx and PyYAML)
#
# Makes the .docx fixtures of Fixtures/docx/ the way applicants make them: the programme's Word form
# (seed 004 附件2, seed 003 附件2/3, seed 000's outline) filled in by hand. The tidy ones use heading
# styles and ☑; the untidy ones type headings as bold text, tick with ■, √ after the option, highlight,
# Word check-box controls and legacy FORMCHECKBOX fields, put values in merged cells, leave the form's
# instructions in and add blank rows. Texts of the narrative sections come from the matching
# Fixtures/applications/*.yaml so the two fixtures tell the same story.
import io, os, struct, zlib, copy
import yaml
from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
APPS = os.path.join(HERE, '..', 'applications')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def app(name):
    with open(os.path.join(APPS, name), encoding='utf-8') as f:
        return yaml.safe_load(f)


def section_text(a, sid):
    return next(s for s in a['sections'] if s['id'] == sid)['text']


def new_document():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    for name in ['Normal', 'Heading 1', 'Heading 2', 'Heading 3', 'Title']:
        st = doc.styles[name]
        st.font.name = 'SimSun'
        st.element.rPr.rFonts.set(qn('w:eastAsia'), 'SimSun')
    doc.styles['Normal'].font.size = Pt(12)
    return doc


def png(width=120, height=80, rgb=(70, 110, 160)):
    raw = b''.join(b'\x00' + bytes(rgb) * width for _ in range(height))
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


# Inline markup inside cell and paragraph text:
#   [[hl:TEXT]]  highlighted run      [[b:TEXT]]  bold run
#   [[cb:1]] / [[cb:0]]   Word check-box content control (w14:checkbox), checked or not
#   [[ff:1]] / [[ff:0]]   legacy FORMCHECKBOX field
def add_runs(paragraph, text, bold=False):
    pos = 0
    while pos < len(text):
        start = text.find('[[', pos)
        if start < 0:
            start = len(text)
        if start > pos:
            r = paragraph.add_run(text[pos:start])
            r.bold = bold or None
        if start >= len(text):
            break
        end = text.index(']]', start)
        kind, _, body = text[start + 2:end].partition(':')
        if kind == 'hl':
            r = paragraph.add_run(body)
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW
        elif kind == 'b':
            r = paragraph.add_run(body)
            r.bold = True
        elif kind == 'cb':
            checked = body == '1'
            paragraph._p.append(parse_xml(
                f'<w:sdt {W} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
                '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
                f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>{"☒" if checked else "☐"}</w:t></w:r></w:sdtContent></w:sdt>'))
        elif kind == 'ff':
            checked = '<w:checked/>' if body == '1' else ''
            for xml in [f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check{start}"/><w:enabled/>'
                        f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{checked}</w:checkBox></w:ffData></w:fldChar></w:r>',
                        f'<w:r {W}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
                        f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>', f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>']:
                paragraph._p.append(parse_xml(xml))
        pos = end + 2


def para(doc, text, bold=False, style=None):
    p = doc.add_paragraph(style=style)
    add_runs(p, text, bold)
    return p


def heading(doc, text, level, tidy):
    if tidy:
        return doc.add_heading(text, level)
    return para(doc, text, bold=True)


def set_cell(cell, text, bold=False):
    lines = text.split('\n')
    cell.paragraphs[0].text = ''
    add_runs(cell.paragraphs[0], lines[0], bold)
    for line in lines[1:]:
        add_runs(cell.add_paragraph(), line, bold)


def grid_table(doc, ncols, rows, widths=None):
    """rows: lists of (text, span) or '^' (continues the vertical merge of the cell above)."""
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = 'Table Grid'
    starts = {}
    for r, row in enumerate(rows):
        c = 0
        for item in row:
            if item == '^':
                span = starts[(r - 1, c)][1]
                starts[(r, c)] = (starts[(r - 1, c)][0], span, True)
                c += span
                continue
            text, span = item if isinstance(item, tuple) else (item, 1)
            starts[(r, c)] = (r, span, False)
            cell = table.cell(r, c)
            if span > 1:
                cell = cell.merge(table.cell(r, c + span - 1))
            set_cell(cell, text)
            c += span
    for (r, c), (origin, span, continued) in sorted(starts.items()):
        if continued and not starts.get((r + 1, c), (0, 0, False))[2]:
            table.cell(origin, c).merge(table.cell(r, c + span - 1))
    if widths:
        for row in table.rows:
            for i, w in enumerate(widths):
                if i < len(row.cells):
                    row.cells[i].width = Cm(w)
    return table


def boxes(options, ticked, tick='☑', style='before'):
    out = []
    for o in options:
        if o in ticked:
            if style == 'before':
                out.append(f'{tick}{o}')
            elif style == 'after':
                out.append(f'□{o}{tick}')
            elif style == 'highlight':
                out.append(f'□[[hl:{o}]]')
            elif style == 'cb':
                out.append(f'[[cb:1]]{o}')
            elif style == 'ff':
                out.append(f'[[ff:1]]{o}')
        else:
            empty = {'cb': '[[cb:0]]', 'ff': '[[ff:0]]'}.get(style, '□')
            out.append(f'{empty}{o}')
    return '  '.join(out)


def add_picture(doc, caption, tidy):
    doc.add_picture(io.BytesIO(png()), width=Cm(6))
    para(doc, caption, style='Caption' if tidy else None)


def add_object(doc, name):
    part = Part(PackURI('/word/embeddings/oleObject1.bin'), 'application/vnd.openxmlformats-officedocument.oleObject',
                b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 504, doc.part.package)
    rid = doc.part.relate_to(part, RT.OLE_OBJECT)
    p = doc.add_paragraph()
    p._p.append(parse_xml(
        f'<w:r {W} xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<w:object w:dxaOrig="1440" w:dyaOrig="960"><v:shape id="obj1" style="width:72pt;height:48pt"/>'
        f'<o:OLEObject Type="Embed" ProgID="{name}" ShapeID="obj1" DrawAspect="Icon" ObjectID="_1" r:id="{rid}"/></w:object></w:r>'))
    return p


def markdown_paragraphs(doc, text, tidy):
    for line in text.strip('\n').split('\n'):
        line = line.rstrip()
        if not line:
            continue
        if line.startswith('### '):
            heading(doc, line[4:], 3, tidy)
        elif line.startswith('## '):
            heading(doc, line[3:], 2, tidy)
        elif line.startswith('- '):
            para(doc, line[2:])
        else:
            para(doc, line)


# ---------------------------------------------------------------- seed 004 附件2 株洲市智能制造标杆申报书

ZZ_SCENARIOS = [  # (segment number, segment, scenario number, scenario) as the form's 可实现的场景明细表 prints them
    (1, '工厂设计', 1, '车间/工厂数字化设计'), (None, None, 2, '车间/工厂数字化交付'), (2, '产品研发', 3, '产品数字化设计与仿真'),
    (None, None, 4, '原料性质表征与配方研发'), (3, '工艺设计', 5, '离散型工艺数字化设计'), (None, None, 6, '流程型工艺数字化设计'),
    (4, '计划调度', 7, '生产计划优化'), (None, None, 8, '车间智能排产'), (None, None, 9, '精准作业派工'), (5, '生产作业', 10, '产线柔性配置'),
    (None, None, 11, '资源动态组织'), (None, None, 12, '先进过程控制'), (None, None, 13, '工艺流程/参数动态调优'), (None, None, 14, '人机协同作业'),
    (None, None, 15, '精益生产管理'), (6, '仓储配送', 16, '智能仓储'), (None, None, 17, '精准配送'), (None, None, 18, '物料实时跟踪'),
    (7, '质量管控', 19, '智能在线检测'), (None, None, 20, '质量精准追溯'), (None, None, 21, '产品质量优化'), (8, '设备管理', 22, '自动巡检'),
    (None, None, 23, '智能维护管理'), (None, None, 24, '在线运行监测与故障诊断'), (None, None, 25, '预测性维护与运行优化'), (None, None, 26, '资产全生命周期管理'),
    (9, '安全管控', 27, '安全风险实时监测与识别'), (None, None, 28, '安全事件智能决策与应急联动'), (None, None, 29, '危化品智能管控'), (None, None, 30, '危险作业自动化'),
    (10, '能源管理', 31, '能耗数据监测'), (None, None, 32, '能效优化'), (None, None, 33, '能源平衡与调度'), (11, '环保管控', 34, '污染源管理与环境监测'),
    (None, None, 35, '排放预警与管控'), (None, None, 36, '固废处置与再利用'), (None, None, 37, '碳资产管理'), (12, '营销管理', 38, '市场快速分析预测'),
    (None, None, 39, '销售计划动态优化'), (None, None, 40, '销售驱动业务优化'), (13, '售后服务', 41, '主动客户服务'), (None, None, 42, '产品远程运维'),
    (None, None, 43, '数据增值服务'), (14, '供应链管理', 44, '采购策略优化'), (None, None, 45, '供应链可视化'), (None, None, 46, '物流实时监测与优化'),
    (None, None, 47, '供应链风险预警与弹性管控'), (15, '模式创新', 48, '用户直连制造'), (None, None, 49, '大批量定制'), (None, None, 50, '共享制造'),
    (None, None, 51, '网络协同制造'), (None, None, 52, '基于数字孪生的制造'),
]
NEW_TECH = ['分子级物性表征', '5G', '实时优化控制', 'AR/VR', '人工智能', '知识工程', '数字孪生', '可重构生产', '区块链', '人机高效协作', '在线精密检测', '其他：        （请注明）']
NEW_MODE = ['大批量定制', '用户直连制造', '网络协同制造', '共享制造', '柔性制造', '基于数字孪生的制造', '产供销一体化', '预测性维护', '碳排放交易', '其他：        （请注明）']
HONOURS = ['国家智能制造示范工厂揭榜单位', '国家智能制造试点示范企业', '国家智能制造综合标准化与新模式应用项目承担企业', '国家智能制造优秀场景',
           '国家智能制造标准应用试点项目承担企业', '湖南省智能制造示范企业', '湖南省智能制造示范车间', '湖南省智能制造标杆企业', '湖南省智能制造标杆车间',
           '国家两化融合贯标通过评定企业', '国家智能制造能力成熟度通过评定企业（等级：       级）', '国家制造业“单项冠军”企业（产品）',
           '国家重点支持专精特新“小巨人”企业', '国家专精特新“小巨人”企业', '湖南省专精特新“小巨人”企业', '其他         （请注明）']


def zz_form(doc, d, tidy):
    t = d['tick']
    cover = [('项 目 名 称：', d['title']), ('申 报 单 位（加盖公章）：', d['name'])]
    para(doc, '附件2')
    para(doc, '株洲市智能制造标杆申报书', bold=True)
    para(doc, '')
    for label, value in cover:
        para(doc, label + value)
    para(doc, '申 报 类 型：' + boxes(['标杆车间', '标杆中小企业'], [d['variant_text']], t, d.get('variant_style', 'before')))
    para(doc, '申 报 日 期：' + d['date'])
    para(doc, '')
    para(doc, '株洲市工业和信息化局编制')
    doc.add_page_break()
    para(doc, '目   录', bold=True)
    for line in ['一、基本情况表；', '二、企业情况概述；', '三、智能制造实施内容； ', '四、智能制造核心装备清单与技术服务清单；', '五、智能制造实施的技术成果清单；',
                 '六、智能制造的行业影响及示范作用；', '七、下一步工作计划；', '八、智能制造阶段性经验总结；', '九、相关附件。']:
        para(doc, line)
    para(doc, '注：材料按上述顺序装订成册，不同内容用彩页隔开。申报资料复印不清晰、要素不完整的，视同未提供。')
    doc.add_page_break()
    heading(doc, '一、基本情况表', 1, tidy)
    lr, ct = d['legal'], d['contact']
    eco = d['economics']
    eff = d['effects']
    code_label = d.get('code_label', '组织机构代码')
    rows = [
        [(d.get('name_label', '企业名称'), 1), (d['name'], 4)],
    ] + ([['^', '^']] if not tidy else []) + [                  # untidy: the name typed into a cell merged over two rows
        [('单位地址', 1), (d['address'], 4)],
        [('成立日期', 1), (d['founded'], 2), (code_label, 1), (d['code'], 1)],
        [('法人代表/负责人', 1), '姓名', lr['name'], '手机', lr['phone']],
        ['^', '职务', lr['title'], '邮箱', lr['email']],
        [('联系人', 1), '姓名', ct['name'], '手机', ct['phone']],
        ['^', '职务', ct['title'], '邮箱', ct['email']],
        [('企业性质', 1), (boxes(['国有', '民营', '三资', '其他：        （请注明）'], [d['ownership']], t, d.get('ownership_style', 'before')), 4)],
        [('所属行业', 1), (boxes(['原材料行业', '装备制造行业', '消费品行业'], [d['industry']], d.get('industry_tick', t), d.get('industry_style', 'before')) + '\n'
                          + boxes(['电子信息行业', '其他：        （请注明）'], [d['industry']], d.get('industry_tick', t), d.get('industry_style', 'before')), 4)],
        [('企业近三年是否发生过重大安全生产事故、重大环境事故：' + boxes(['是', '否'], ['否'], t), 5)],
        [('智能制造实施方案', 1), (boxes(['整体实施方案', '局部实施方案', '无'], [d['plan']], t, d.get('plan_style', 'before'))
                              + '\n注：需提供相关证明材料（要求见“九、相关附件”中第二部分）', 4)],
        [('智能制造能力成熟度自评估结果', 1), ('1.等级：' + boxes(['一级', '二级', '三级', '四级', '五级'], [d['level']], t, d.get('level_style', 'before'))
                                        + '\n2.得分：' + d['score'] + '\n注：需提供相关证明材料（要求见“九、相关附件”中第三部分）', 4)],
        [('标杆创建基本情况', 1), '项目起止年月', d['period'], '资金来源', d['funding']],
        ['^', ('智能制造车间名称（仅智能制造标杆车间申报企业填写）', 1), (d['workshop'], 3)],
        ['^', '近三年企业（车间）实施智能制造的总投入\n（万元）', d['investment'] + '\n注：需提供相关证明材料（要求见“九、相关附件”中第四部分）', '其中：核心技术装备购置费（万元）', d['inv_equipment']],
        ['^', '^', '^', '其中：工业软件购置费（万元）', d['inv_software']],
        ['^', '^', '^', '其中：咨询规划费用（万元）', d['inv_consulting']],
        ['^', '^', '^', '其中：方案设计费用（万元）', d['inv_design']],
        ['^', '所覆盖的环节数目（个）', d['segments'], '可实现的场景数目（个）', d['scenario_count']],
        ['^', '新技术应用', boxes(NEW_TECH, d['tech'], t) + '\n注：请在申报书“三、智能制造实施内容”部分描述新技术应用情况',
         '新模式应用', boxes(NEW_MODE, d['modes'], t) + '\n注：请在申报书“三、智能制造实施内容”部分描述新模式应用情况'],
        [('企业获得的省部级以上荣誉', 1), (boxes(HONOURS, d['honours'], t) + '\n注：需提供相关证明材料（要求见“九、相关附件”中第五部分）', 4)],
        [('智能制造\n主要内部技术来源', 1), (d['rd'], 4)],
        [('主要项目合作单位\n及技术服务商', 1), (d['partners'], 4)],
        [('智能制造实施团队', 1), ('企业内部组建专业化的智能制造实施团队：' + boxes(['是', '否'], ['是'], t) + '\n' + d['team'], 4)],
        [('智能制造相关技术人员', 1), (d['staff'] + '\n注：需提供相关证明材料（要求见“九、相关附件”中第六部分）', 4)],
        [('主要经济指标', 2), '上3年', '上2年', '上年度'],
    ]
    for label in ['总资产（万元）', '从业人员数', '负 债 率（%）', '主营业务收入（万元）', '上缴税金（万元）', '实现利润（万元）']:
        rows.append([(label, 2)] + list(eco[label]))
        if not tidy and label == '从业人员数':
            rows.append([('', 2), '', '', ''])            # an extra blank row the applicant left in
    pairs = [('关键设备数控化率（%）', '关键设备联网率（%）'), ('生产效率提升（%）', '资源综合利用率提升（%）'), ('研发周期缩短（%）', '运营成本下降（%）'),
             ('产品不良品率下降（%）', '优化人员比例（%）'), ('设备综合利用率提升（%）', '库存周转率提升（%）'),
             ('产业链供应链智能制造协同平台接入企业数量（个）', '订单准时交付率提升（%）'), ('订单完成周期缩短（%）', '物流成本占比企业运营降低率（%）')]
    for i, (a, b) in enumerate(pairs):
        rows.append([('智能制造实施效果（根据实际情况填写，如果当前没有，可以不填）', 1) if i == 0 else '^', a, eff.get(a, ''), b, eff.get(b, '')])
    rows.append(['^', '其他效果（选填）', (eff.get('其他效果', ''), 3)])
    for extra in d.get('extra_rows', []):
        rows.append(extra)
    rows.append([('真实性承诺', 1), ('我单位申报提供的所有材料均真实、完整、准确，此次申报所提交的申报材料内容和所附资料均真实、合法。如有不实之处，愿负相应的法律责任，并承担由此产生的一切后果。\n'
                                   '                          企业法定代表人：\n公          章：\n年     月     日', 4)])
    grid_table(doc, 5, rows, widths=[3.0, 2.8, 3.6, 3.0, 3.6])


def zz_scenarios(doc, claimed, mark, other):
    rows = [[('可实现的场景明细表（勾选）', 10)], ['序号', '环节', '序号', '场景', '有/无', '序号', '环节', '序号', '场景', '有/无']]
    left = [s for s in ZZ_SCENARIOS if s[2] <= 26]
    right = [s for s in ZZ_SCENARIOS if s[2] > 26]
    for i in range(26):
        row = []
        for half in (left, right):
            seg_no, seg, no, title = half[i]
            row += [str(seg_no) if seg_no else '', seg or '', str(no), title, mark if no in claimed else '']
        rows.append(row)
    rows.append([('上述未列出的其他场景：' + other + '（根据实际情况填写，鼓励开展新场景探索）', 10)])
    grid_table(doc, 10, rows)


def zz_list_table(doc, header, rows, hint_row=None, blank_rows=0):
    out = [header]
    if hint_row:
        out.append(hint_row)
    for i, r in enumerate(rows):
        out.append([str(i + 1)] + r)
    for _ in range(blank_rows):
        out.append([''] * len(header))
    out.append(['……'] + [''] * (len(header) - 1))
    grid_table(doc, len(header), out)


def zz_body(doc, a, d, tidy):
    t_ = tidy
    heading(doc, '二、企业情况概述（200字以内）', 1, t_)
    if not tidy:
        para(doc, '（要求：主要介绍企业主营业务、发展历程、经营状况，以及技术水平、行业优势。）')
    markdown_paragraphs(doc, section_text(a, 'overview') + d.get('overview_extra', ''), tidy)
    heading(doc, '三、智能制造实施内容（1000字以上）', 1, t_)
    if not tidy:
        para(doc, '（要求：1.介绍总体目标、实施步骤、实施范围、建设周期、投资情况等项目概况；2.对《可实现的场景明细表》中勾选的场景，进行逐个描述，并阐述各系统、环节、场景之间的集成协同情况，以及对供应链上下游企业的带动情况。）')
    zz_scenarios(doc, d['claimed'], d['mark'], d.get('other_scenarios', '                    '))
    markdown_paragraphs(doc, section_text(a, 'implementation'), tidy)
    if d.get('picture'):
        add_picture(doc, d['picture'], tidy)
    if d.get('object'):
        add_object(doc, d['object'])
        para(doc, '图2 窑炉能耗统计表（嵌入的 Excel 工作表）')
    heading(doc, '四、智能制造核心装备与技术服务清单', 1, t_)
    para(doc, '（要求：对《基本信息表》中所列实施智能制造总投入包含的智能制造核心装备与技术服务清单明细进行罗列，需按照申报书“九、相关附件”中第四部分所提供的证明材料顺序进行排序。）')
    para(doc, '（一）企业使用的智能制造核心装备清单表*', bold=True)
    eq = next(x for x in a['tables'] if x['id'] == 'equipment')
    zz_list_table(doc, ['序号', '类  型', '设备名称', '供应商名称', '产地', '功能', '原值\n（万元）', '对应证明材料页数'],
                  [r[:6] + [f'（第 {r[6]} 页）'] for r in eq['rows']], blank_rows=0 if tidy else 2)
    if not tidy:
        para(doc, '*填表说明（智能制造核心装备包括以下4类，请按照实际使用情况填写。）')
    para(doc, '（二）企业采购的智能制造技术服务清单表', bold=True)
    sv = next(x for x in a['tables'] if x['id'] == 'services')
    zz_list_table(doc, ['序号', '类  型', '服务内容', '服务商名称', '服务商属地', '费用\n（万元）', '对应证明材料页数'],
                  [r[:5] + [f'第{r[5]}页'] for r in sv['rows']], blank_rows=0 if tidy else 1)
    heading(doc, '五、智能制造实施的技术成果清单', 1, t_)
    markdown_paragraphs(doc, section_text(a, 'results'), tidy)
    para(doc, '（一）企业取得的专利、软件著作权清单表', bold=True)
    pt = next(x for x in a['tables'] if x['id'] == 'patents')
    zz_list_table(doc, ['序号', '类  型', '名称', '编号（专利申请号/专利公开号/专利号/授权公告号/软著证书号）', '对应证明材料页数'],
                  [r[:3] + [f'（第 {r[3]} 页）'] for r in pt['rows']])
    para(doc, '（二）企业参与的标准或标准草案清单表', bold=True)
    zz_list_table(doc, ['序号', '名称', '类别（国家/行业/地方/企业）', '角色（主要起草单位/参与起草单位）', '相关阶段', '对应证明材料页数'], [],
                  hint_row=['1', '', '', '', '', '（第 页）'])
    if d.get('reports'):
        para(doc, '（三）企业完成的主要研究报告、技术规范等清单表', bold=True)
        zz_list_table(doc, ['序号', '名称', '类型（主要研究报告、技术规范等，请根据实际情况填写）', '对应证明材料页数'], d['reports'])
    heading(doc, '六、智能制造的行业影响及示范作用（500字以内）', 1, t_)
    markdown_paragraphs(doc, d.get('influence') or section_text(a, 'influence'), tidy)
    if 'plan' not in d.get('omit', []):
        heading(doc, '七、下一步工作计划（500字以内）', 1, t_)
        markdown_paragraphs(doc, section_text(a, 'plan'), tidy)
    heading(doc, '八、智能制造阶段性经验总结（500字以内）', 1, t_)
    markdown_paragraphs(doc, section_text(a, 'lessons'), tidy)
    heading(doc, '九、相关附件', 1, t_)
    for line in d['attachments']:
        para(doc, line)


def hengchi():
    a = app('zz-2024-w-hengchi.yaml')
    d = dict(tick='☑', title='株洲恒驰轨道传动科技有限公司 齿轮箱箱体智能加工车间', name='株洲恒驰轨道传动科技有限公司', variant_text='标杆车间',
             date='2024 年 5 月 20 日', address='湖南省株洲市天元区栗雨工业园黄河南路 188 号', founded='2011年6月15日', code_label='统一社会信用代码',
             code='91430211MA4PX7K3X6',
             legal=dict(name='周建国', title='董事长', phone='13907331234', email='zhoujg@hengchi-drive.example.cn'),
             contact=dict(name='刘晓雯', title='信息化部部长', phone='13873355678', email='liuxw@hengchi-drive.example.cn'),
             ownership='民营', industry='装备制造行业', plan='整体实施方案', level='三级', score='3.62', period='2021年10月—2023年12月',
             funding='企业自筹', workshop='齿轮箱箱体智能加工车间', investment='1,860', inv_equipment='1,480', inv_software='', inv_consulting='45',
             inv_design='60', segments='5', scenario_count='7', tech=['5G', '人工智能', '数字孪生', '可重构生产'], modes=['柔性制造', '预测性维护'],
             honours=['湖南省智能制造示范车间', '国家两化融合贯标通过评定企业', '湖南省专精特新“小巨人”企业'],
             rd='株洲市企业技术中心（2020年认定）', partners='湖南工业大学（产学研合作协议）；长沙云衡工业软件有限公司（MES、APS）；株洲智鼎自动化装备有限公司（桁架机器人、AGV）',
             team='1. 智能制造专业化队伍的组织架构：公司设智能制造推进办公室，由常务副总任主任，专职 14 人。\n2. 已形成的智能制造推进长效机制：月度例会、项目制考核和年度改善提案奖励。',
             staff='总数 38 人：\n其中，高级职称 5 人，中级职称 13 人，初级职称 9 人；\n博士 0 人，硕士 4 人，本科 26 人。',
             economics={'总资产（万元）': ['61,200', '64,850', '68,930'], '从业人员数': ['452', '471', '486'], '负 债 率（%）': ['46.2', '44.8', '43.5'],
                        '主营业务收入（万元）': ['44,120', '48,760', '52,360'], '上缴税金（万元）': ['2,130', '2,415', '2,688'], '实现利润（万元）': ['3,520', '3,980', '4,460']},
             effects={'关键设备数控化率（%）': '92', '关键设备联网率（%）': '88', '生产效率提升（%）': '31', '运营成本下降（%）': '12', '产品不良品率下降（%）': '42',
                      '优化人员比例（%）': '35', '设备综合利用率提升（%）': '18', '订单准时交付率提升（%）': '9'},
             claimed=[5, 8, 10, 14, 19, 20, 24], mark='√', picture='图1 五轴加工中心+桁架机器人柔性加工单元',
             reports=[['箱体柔性加工单元操作与维护技术规范', '技术规范（企业内部）', '（第 71 页）']],
             attachments=['（一）营业执照复印件（第1-2页）；', '（二）企业智能制造具体实施方案（第3-28页）；', '（三）智能制造能力成熟度对标自诊断结果证明（第29-30页）；',
                          '（四）近三年企业财务审计报告复印件及智能制造投入专项审计报告（第31-57页）；', '（五）获得的智能制造荣誉、专利及软件著作权证书复印件（第61-75页）；',
                          '（六）智能制造相关技术人员学历、职称等证书复印件（第76-80页）；', '（七）车间照片（第86-92页）；', '（八）其他相关材料：经验交流活动照片及通知（第81-85页）。'])
    doc = new_document()
    zz_form(doc, d, tidy=True)
    zz_body(doc, a, d, tidy=True)
    return doc


def ciyun():
    a = app('zz-2024-s-ciyun.yaml')
    d = dict(tick='■', title='醴陵瓷韵日用陶瓷有限公司 日用陶瓷数字化工厂', name='醴陵瓷韵日用陶瓷有限公司', variant_text='标杆中小企业', variant_style='cb',
             date='2024年5月24日', name_label='企 业 名 称：', address='湖南省醴陵市经济开发区陶瓷科技工业园瓷都大道 66 号', founded='2014.03.08',
             code='91430281MA4T5C9DX6',
             legal=dict(name='谭国华', title='总经理', phone='139 7532 1086', email='tangh@ciyun-ceramics.example.cn'),
             contact=dict(name='黄丽', title='综合办主任', phone='13786312457', email=''),
             ownership='民营', industry='消费品行业', industry_style='after', industry_tick='√', plan='局部实施方案', plan_style='highlight', level='二级', level_style='ff',
             score='2.76', period='2022年3月至2023年12月', funding='自筹＋银行贷款', workshop='', investment='620', inv_equipment='455', inv_software='',
             inv_consulting='', inv_design='28', segments='6', scenario_count='7', tech=['人工智能'], modes=[], honours=[],
             rd='无认定的研发机构；公司设技术部，负责釉料配方与工艺。', partners='湖南工业大学陶瓷材料研究所（产学研合作协议）、醴陵市窑炉自控工程有限公司',
             team='由技术部和信息员组成 6 人团队，核心人员为中级职称；已建立季度项目评审机制。',
             staff='总数 21 人：\n其中，高级职称 0 人，中级职称 6 人，初级职称 8 人；',
             economics={'总资产（万元）': ['', '21,460', '22,380'], '从业人员数': ['', '305', '312'], '负 债 率（%）': ['', '52.1', '50.6'],
                        '主营业务收入（万元）': ['', '17,240', '18,650'], '上缴税金（万元）': ['', '690', '742'], '实现利润（万元）': ['', '1,120', '1,264']},
             effects={'关键设备数控化率（%）': '71', '关键设备联网率（%）': '64', '生产效率提升（%）': '18', '产品不良品率下降（%）': '23',
                      '库存周转率提升（%）': '约15%', '其他效果': '窑炉天然气单耗下降 9.5%'},
             extra_rows=[[('企业网址', 1), ('www.ciyun-ceramics.example.cn', 4)]],
             claimed=[7, 13, 16, 19, 20, 31, 38], mark='有', other_scenarios='釉料配方数字化管理、窑具寿命跟踪',
             picture='图1 成品立体仓库与堆垛机', object='Excel.Sheet.12', omit=['plan'],
             overview_extra='\n公司坚持“以瓷为本、以质取胜”，近年来持续投入釉下五彩装饰工艺、高白度细瓷配方和低温快烧技术研发，产品远销欧美三十多个国家和地区，与多家国际酒店集团建立了长期合作关系，正在由传统日用陶瓷制造向数字化、个性化定制制造转型。\n',
             influence='（一）影响力：项目为醴陵日用陶瓷企业中较早实现窑炉能耗分项计量和视觉检选的工厂，接待同行参观 12 批次。\n（三）示范推广：2023年在株洲市中小企业数字化转型现场会上作经验介绍。',
             attachments=['（一）营业执照复印件；', '（二）企业智能制造具体实施方案；', '（三）智能制造能力成熟度对标自诊断结果证明（第29-30页）；',
                          '（四）近三年企业财务审计报告复印件，以及实施该项目期间采购的核心装备、技术服务等相关证明材料或专项审计报告；'])
    doc = new_document()
    zz_form(doc, d, tidy=False)
    zz_body(doc, a, d, tidy=False)
    return doc


# ---------------------------------------------------------------- seed 003 附件2 绍兴市智能工厂申报书

def lanti():
    a = app('sx-2025-f-lanti.yaml')
    doc = new_document()
    para(doc, '附件2')
    para(doc, '绍兴市智能工厂申报书', bold=True)
    for line in ['工厂名称：澜缇印染高档化纤面料数码印花智能工厂', '申报企业（盖章）：绍兴澜缇印染有限公司', '联系人及手机号码：俞佳敏 13757538062',
                 '申报日期：2026年6月20日', '绍兴市经济和信息化局制']:
        para(doc, line)
    doc.add_page_break()
    heading(doc, '一、智能工厂申请表', 1, True)
    eco = next(t for t in a['tables'] if t['id'] == 'economics')['rows']
    rows = [
        [('（一）企业基本信息', 5)],
        ['企业名称', ('绍兴澜缇印染有限公司', 4)],
        ['所属行业', ('纺织业（C17）—化纤织造及印染精加工（C175）', 2), '所属地区', '柯桥区'],
        ['统一社会信用代码', ('91330621738472151L', 2), '成立时间', '2002年5月16日'],
        ['工厂建设地址', ('浙江省绍兴市柯桥区马鞍街道滨海工业区澜海路 18 号', 4)],
        ['企业负责人', '姓名', ('职务', 2), '手机'],
        ['^', '沈国梁', ('董事长', 2), '13905851726'],
        ['联系人', '姓名', '俞佳敏', '办公电话', '0575-84123456'],
        ['^', '职务', '数字化办公室主任', '手机', '13757538062'],
        ['^', '传真', '', 'E-mail', 'yujm@lanti-dyeing.example.cn'],
        [('近三年主要经济指标', 2), '2023年', '2024年', '2025年'],
    ] + [[(r[0], 2)] + r[1:] for r in eco] + [
        ['工厂着整体建设成效', '企业自动化、数字化关键工序\n核心设备台套数*', '60台套', '关键装备数控化(%)*\n（带*必填）', '85'],
        ['^', '设备联网率(%)*', '', '先进过程控制投用率(%)', '62'],
        ['^', '全员劳动生产\n效率提高（%）*', '22.6', '企业生产运营成本降低\n（%）*', '8.4'],
        ['^', '产品不良率降低（%）*', '35.4', '单位产值或产品综合能耗降低（%）*', '12.7'],
        ['^', '研制周期缩短（%）', '41', '库存周期率提升（%）', '18'],
        ['^', '设备综合利用率提升（%）', '11', '质量损失下降率（%）', ''],
        ['^', '供应商准时\n交付率提升（%）', '', '订单准时交付率提升（%）', '9.5'],
        ['^', '线上成熟度\n评估值*', '3.08', '先进制造模式、解决方案面向供应链上下游企业、同行企业输出推广企业数量（家）*', '3'],
        ['企\n业\n简\n介', ('（发展历程、主营业务、市场开拓、荣誉称号等方面的特点，500字左右）\n' + section_text(a, 'form').split('（二）企业简介')[1].split('（三）')[0].strip(), 4)],
        [('（二）智能工厂基本信息', 5)],
        ['建设项目名称', ('澜缇印染高档化纤面料数码印花智能工厂', 4)],
        ['起止日期', ('2023年03月--2025年10月', 4)],
        ['项目总投资（万元）', ('1,580', 2), '累计完成投资（万元）', '1,580'],
        ['项\n目\n简\n述', ('（主要对项目的智能化特征进行简要描述，500字左右。）\n以“染化料自动配送＋染色集控＋数码印花＋智能验布＋立体仓储”为主线，新建印染 MES、排缸 APS、WMS、能源管控系统和设备管理系统，建成工厂指挥中心。', 4)],
        [('企业承诺申报内容均属实，若有不实之处，愿意承担由此引发的全部责任。\n                            法定代表人签名：    \n                                                      年     月    日', 5)],
        ['区、县（市）、滨海新区经信部门审核推荐意见', ('推荐单位（公章）\n年    月    日', 4)],
    ]
    grid_table(doc, 5, rows, widths=[2.8, 3.6, 3.0, 3.6, 3.0])
    heading(doc, '二、智能工厂情况概述', 1, True)
    para(doc, '简要阐述企业智能工厂建设的背景条件、总体规划、建设进展、集成协同情况，在此过程中采取的特色做法、衍生的新模式、形成的新经验，以及智能工厂建成后新增的经济和社会效益（营业收入、利润、税金、产业链上下游带动等）。')
    markdown_paragraphs(doc, section_text(a, 'overview'), True)
    heading(doc, '三、智能工厂具体情况', 1, True)
    for sid, title in [('ecology', '（一）智能化改造生态基础情况'), ('design', '（二）工厂及产品设计数字化'), ('production', '（三）生产智能化'),
                       ('management', '（四）管理数字化'), ('green', '（五）安全化管控和绿色化制造'), ('benefits', '（六）经济和社会效益'), ('innovation', '（七）创新成果及推广情况')]:
        heading(doc, title, 2, True)
        markdown_paragraphs(doc, section_text(a, sid), True)
    heading(doc, '四、下一步智能制造实施计划', 1, True)
    markdown_paragraphs(doc, section_text(a, 'plan'), True)
    heading(doc, '五、相关附件及佐证材料', 1, True)
    for line in ['（一）企业营业执照复印件、项目备案表（第1-3页）', '（二）项目购置的主要智能装备和信息化软硬件清单（表1）', '（三）项目突破的主要关键工艺、技术、装备、软件系统清单（表2）',
                 '（四）项目建设过程中形成的标准、专利清单（表3）', '（五）项目形成的智能制造新模式、新场景（表4）']:
        para(doc, line)
    para(doc, '表1：项目购置的主要智能装备和信息化软硬件清单（必填）', bold=True)
    eq = next(t for t in a['tables'] if t['id'] == 'equipment')['rows']
    rows = [['序号', '智能装备、信息化软件硬件名称', '研发单位或供应商', '数量', '单价\n（万元）', '总金额\n（万元）', '备注']]
    for r in eq:
        if r[0].startswith(('一、', '二、', '三、')):
            rows.append([(r[0], 7)])
        elif '合计' in r[0] or '合计' in r[1]:
            continue
        else:
            rows.append([r[0], r[1] + ('（' + r[2] + '）' if r[2] else ''), r[3], r[4], r[5], r[6], r[8]])
    rows.append(['', ('主要软硬设备投资合计', 4), ('1,426', 2)])
    grid_table(doc, 7, rows)
    para(doc, '表2：项目突破的主要关键工艺、技术、装备、软件系统清单（选填）', bold=True)
    br = next(t for t in a['tables'] if t['id'] == 'breakthroughs')['rows']
    rows = []
    for kind, name in [('关键工艺', '工艺名称'), ('关键技术', '技术名称'), ('关键装备', '装备名称'), ('关键软件/系统', '软件/系统')]:
        rows.append([('突破的' + kind, 4)])
        rows.append(['序号', name, '先进性、突破性描述（如核心参数对比）', '备注'])
        mine = [r for r in br if r[0] == kind]
        for i, r in enumerate(mine):
            rows.append([str(i + 1), r[1], r[2], r[3]])
        if not mine:
            rows.append(['（若有，最多主要五项）', '', '', ''])
    grid_table(doc, 4, rows)
    para(doc, '表4 项目形成的智能制造新模式、新场景（必填）', bold=True)
    md = next(t for t in a['tables'] if t['id'] == 'modes')['rows']
    rows = []
    for kind, name in [('新模式', '先进制造模式名称'), ('新场景', '创新场景名称')]:
        rows.append([('形成的' + kind, 5)])
        rows.append(['序号', name, '解决痛点难点问题描述', '解决方案', '实施成效'])
        for i, r in enumerate([r for r in md if r[0] == kind]):
            rows.append([str(i + 1)] + r[1:])
    grid_table(doc, 5, rows)
    return doc


# ---------------------------------------------------------------- seed 000 申报书提纲（汽车制造超级工厂）

def qingyu():
    a = app('auto-2024-qingyu.yaml')
    doc = new_document()
    para(doc, '参赛承诺和声明', bold=True)
    para(doc, '第四届智能制造创新大赛组委会：')
    para(doc, '我方作为参赛队伍向第四届智能制造创新大赛组委会（以下简称“组委会”）做出承诺和声明如下：')
    para(doc, '牵头单位（盖章）：合肥擎宇新能源汽车制造有限公司')
    para(doc, '统一社会信用代码：91340122MA8N4R2K4M')
    para(doc, '日    期：2024年9月12日')
    doc.add_page_break()
    para(doc, '成果名称：擎宇肥东新能源乘用车超级工厂', style='Title')
    para(doc, '格式要求：正文字体仿宋四号，1倍行间距。')
    outline = [('一、背景和需求介绍（不超过1000字）', [('1.1 背景概述', 'background'), ('1.2 工厂情况', 'plant')]),
               ('二、技术方案（不超过3000字）', [('2.1 总体架构', 'architecture'), ('2.2 主要内容', None), ('2.2.1工厂绿色低碳建设能力概述', 'green'),
                                          ('2.2.2工厂智能制造建设能力概述', 'smart'), ('2.3 突破的关键技术', 'key-tech'), ('2.4 团队分工（联合体申报时适用）', 'team')]),
               ('三、创新点（不超过1000字）', [(None, 'innovation')]),
               ('四、典型应用场景（不超过3000字）', [('4.1 场景案例1：涂装漆面缺陷 AI 全检与工艺溯源', 'case-paint'), ('4.2 场景案例2：焊装主线多车型柔性混线与快速换型', 'case-tsn'),
                                              ('4.3 场景案例3：“光储荷”能碳一体化调度', 'case-energy')]),
               ('五、模式创新与复制推广（不超过2000字）', [('5.1 模式创新', 'mode'), ('5.2 商业价值', 'value')])]
    for chapter, parts in outline:
        doc.add_heading(chapter, 1)
        for title, sid in parts:
            if title:
                doc.add_heading(title, 2 if title.count('.') == 1 else 3)
            if sid:
                markdown_paragraphs(doc, section_text(a, sid), True)
    doc.add_heading('六、相关附件', 1)
    para(doc, '说明：请参赛单位按照附件1中表1与表2的相关要求，按序提供对应证明材料。')
    for line in ['管理战略-质量管理体系认证证书（P12-14）', '投入-近三年绿色低碳投资清单及合同（P15-22）', '业务数字化-MES系统验收报告（P40-46）', '宣传报道-人民网报道截图']:
        para(doc, line)
    return doc


# ---------------------------------------------------------------- a rubric without a form template (seed 001)

def lanchi():
    doc = new_document()
    para(doc, '浙江省未来工厂申报材料', style='Title')
    doc.add_heading('一、企业基本情况', 1)
    para(doc, '杭州澜驰智能装备有限公司成立于2009年，主要生产工业机器人减速器和伺服关节模组。')
    grid_table(doc, 2, [['企业名称', '杭州澜驰智能装备有限公司'], ['统一社会信用代码', '91330110MA2B3C4D5E'], ['', '']])
    doc.add_heading('二、未来工厂建设情况', 1)
    para(doc, '（一）数字化设计', bold=True)
    para(doc, '全面应用三维设计与仿真，设计周期缩短 30%。')
    para(doc, '表1 主要智能装备清单', bold=True)
    grid_table(doc, 3, [['设备名称', '数量', '金额（万元）'], ['六轴机器人', '24', '1,680'], ['', '', ''], ['AGV', '12', '360']])
    para(doc, '三、下一步计划', bold=True)
    para(doc, '2025 年建成减速器数字孪生产线。')
    return doc


def main():
    made = {'zz-hengchi-workshop.docx': hengchi(), 'zz-ciyun-sme-untidy.docx': ciyun(), 'sx-lanti-factory.docx': lanti(),
            'auto-qingyu-outline.docx': qingyu(), 'zj-lanchi-no-template.docx': lanchi()}
    for name, doc in made.items():
        path = os.path.join(HERE, name)
        doc.save(path)
        print(path, os.path.getsize(path))


if __name__ == '__main__':
    main()
