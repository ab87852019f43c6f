"""The regular expressions built from a document's party words: who is the client, who is the
contractor, and the phrases in which the contractor approves, judges or decides for itself.
Cached per set of parties (a scan sees a handful)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .parties import Parties

# 「甲の承認」「甲による許可」, and 「発注者に申請し、その承認を受けた場合」 (「発注者と協議し、その
# 承認を得た上で」).
_CLIENT_APPROVAL_PHRASE_TMPL = (r"({client})(の|による|が)[^。]{{0,20}}?(承認|承諾|同意|許可|許諾|了承|許し|指示)"
                                # 「委託者から指示を受けた場合に限り」
                                r"|({client})から[^。、]{{0,10}}?(承認|承諾|同意|許可|指示)を(受け|得)"
                                r"|({client})(に|と)[^。]{{0,6}}?(申請|申し出|協議|求め|届け出|提出)[^。]{{0,6}}?"
                                r"その(承認|承諾|同意|許可|許諾)"
                                # 「委託者の所管課長に対し、複製の目的…を記載した書面を提出し、その許可」
                                r"|({client})(?:の[^、。]{{0,10}}?)?に対し、[^。]{{0,40}}?(申請|申し出|届け出|提出)[^。]{{0,6}}?"
                                r"その(承認|承諾|同意|許可|許諾)"
                                # 「委託者があらかじめ書面で認めたときに限り」
                                r"|({client})が[^。、]{{0,12}}?認め(た|る)(とき|場合)に限"
                                # Plain wording: 「甲がよいと書面で認めたときは」
                                r"|({client})が(よい|良い|差し支えない|かまわない|構わない)と[^。、]{{0,8}}?認め(た|る)(とき|場合)"
                                # 「甲が業務上必要があると認めて、あらかじめ書面により承認した
                                # 場合には」: the client approving, a longer way round.
                                r"|({client})が(?:[^。、]{{0,16}}、)?[^。、]{{0,16}}?(承認|承諾|同意|許可|許諾|了承)(し|を与え)(た|る)(場合|とき)"
                                # 「派遣先の指揮命令者が、データのバックアップその他業務上必要と認めて書面に
                                # より指示した場合には」: the client's officer, a longer way round.
                                r"|({client})の[^、。]{{0,10}}?(指揮命令者|責任者|担当職員|職員|課長|所属長)が[^。]{{0,40}}?"
                                r"(承認|承諾|同意|許可|許諾|了承|指示)(し|を与え)?(た|る)(場合|とき)"
                                # 「委託者があらかじめ書面で指定した範囲及び部数に限り」
                                r"|({client})が[^。、]{{0,12}}?(指定|決定)した[^。、]{{0,10}}?(範囲|部数|数量|方法)[^。、]{{0,6}}?に限")


@lru_cache(maxsize=64)
def party_pattern(parties: Parties) -> re.Pattern:
    # 「甲（派遣先）は」: a role note between the party and its topic marker; 「派遣先の職員は」
    # 「乙及びその従業員は」「委託者の個人情報保護担当者は」: the party's own people.
    return re.compile("(" + "|".join(map(re.escape, parties.words())) + r")(?:[（(][^（）()]{1,12}[）)])?"
                      r"(?:(?:の|及びその|及び)(?:職員|従業員|従業者|役員|社員|役職員)"
                      r"|の[^、。はがの]{0,10}?(?:担当者|担当職員|監督職員|監督員))?(?:は|においては|の側は)")


@lru_cache(maxsize=64)
def client_approval_re(parties: Parties) -> re.Pattern:
    words = "|".join(map(re.escape, sorted(parties.client, key=len, reverse=True)))
    return re.compile(_CLIENT_APPROVAL_PHRASE_TMPL.format(client=words))


def approvals(text: str, parties: Parties) -> tuple[bool, bool]:
    """(the client approves, the contractor's own side approves) in ``text``. 「区の秘密を、派遣元
    責任者の承認を得た場合を除き」: the approval noun is the contractor's officer's, and the
    client word before it names something else."""
    client = client_approval_re(parties).search(text)
    own = party_res(parties).own_approval.search(text)
    if client and own and own.end() == client.end() and own.start() > client.start():
        return False, True
    return bool(client), bool(own)


class PartyPatterns(NamedTuple):
    own_judgement: re.Pattern   # 「乙が必要と認める」: the contractor decides (see own_judgements)
    client: re.Pattern          # any word for the client
    own_side: re.Pattern        # any word for the contractor, its officers or its own organisation
    subject: re.Pattern         # 「乙が」: a party as grammatical subject
    doer: re.Pattern            # 「受注者において行う」: the party that does the act
    to_client: re.Pattern       # 「甲の担当課へ」 names the client as recipient
    own_approval: re.Pattern    # 「派遣元の許可」: an approval the contractor gives itself
    own_alternative: re.Pattern  # 「又は乙の責任において」: a way round the client's approval
    discretion: re.Pattern      # 「乙の判断により」「受託者の裁量で」
    to_own_officer: re.Pattern  # 「管理責任者に報告」「乙の代表者へ提出」: a report kept in-house
    recipient_label: re.Pattern  # 「報告先：発注者の担当課」: a table row naming the client
    contractor_topic_judges: re.Pattern  # 「受託者は、…支障があると認めるときは」 (in an exception)
    contractor_consent: re.Pattern  # 「受託者の同意を得た場合に限り」: a client right the contractor can refuse
    others_information: re.Pattern  # 「乙の営業上の秘密」「派遣元の顧客名簿」: not the client's
    on_request_only: re.Pattern  # 「派遣元は、派遣先から指示があった場合に限り、…」
    delegated_approval: re.Pattern  # 「前項の承認は、受注者の個人情報管理責任者が行う」
    client_information: re.Pattern  # 「甲の秘密」「派遣先の個人情報」
    agent: re.Pattern           # 「受注者により」 right before a passive predicate
    refuses: re.Pattern         # 「乙は、…前項の監査を拒むことができる」「…に代えて」「乙の社内規程」
    contractor_asks: re.Pattern  # 「受託者が…旨を区に申し出たときは」: the contractor's word
    own_rules: re.Pattern       # 「指定管理者が定める個人情報保護規程」: the contractor's own rules
    client_topic: re.Pattern    # 「甲は、」: the client as a sentence's topic
    own_timing: re.Pattern      # 「乙が別に定める時期に」: a time the contractor sets itself
    own_manner: re.Pattern      # 「受注者が定める周期及び方法により」: a way the contractor sets itself


# 「派遣先は、派遣元から提供された派遣労働者の個人情報を…取り扱う」「派遣労働者の氏名、性別、
# 社会保険の加入状況その他の個人情報」「派遣労働者の健康診断の結果」: the workers' own data, which
# the ward or the staffing company keeps as their employer or customer.
# (「派遣労働者の個人情報の取扱いに関して事故が生じたときは」 may also mean what the workers
# handle: only the records named below are the workers' own whoever keeps them.)
WORKERS_OWN_RECORDS = (r"(派遣労働者|派遣スタッフ|派遣社員)(本人)?の(健康診断|健康情報|健康状態|心身の状態|社会保険|雇用保険|賃金|給与)"
                       # 就業条件明示書 addresses the worker: 「あなたの氏名、住所、経歴等の個人情報」
                       r"|あなたの[^。]{0,30}?個人情報"
                       # 「派遣元に対し健康診断の結果の提供を求める」
                       r"|健康診断の結果"
                       # 「…定期健康診断を実施し、その結果を秘密として適正に管理しなければならない」
                       r"|健康診断を実施し、その結果")
# The ward keeping what the staffing company told it (「通知を受けた個人情報」: the workers' or
# the 派遣元 officer's names) is the same: not what the workers handle at the ward.
WORKERS_OWN_DATA = (r"(派遣労働者|派遣スタッフ|派遣社員)(の|に関する|に係る)[^。、]{0,15}?個人情報|履歴書"
                    r"|(通知|提供|提出|報告)(を受けた|に記載された|書に記載された)[^。、]{0,15}?個人情報"
                    # the ward's ledger of the workers it receives (労働者派遣法第42条)
                    r"|派遣先管理台帳"
                    r"|(派遣労働者|派遣スタッフ|派遣社員)の[^。]{0,40}?その他の個人情報|" + WORKERS_OWN_RECORDS)

# The dispatched workers, and the officers only a contractor appoints, judge on the contractor's
# side (「派遣労働者が業務上やむを得ないと判断した場合を除き」「総括責任者が必要と認めるときは」).
_WORKERS = "派遣労働者|派遣スタッフ|派遣社員|総括責任者|業務責任者|作業責任者|現場責任者"


@lru_cache(maxsize=64)
def party_res(parties: Parties) -> PartyPatterns:
    client_words = "|".join(map(re.escape, sorted(parties.client, key=len, reverse=True)))
    officer_terms = "|".join(map(re.escape, sorted(parties.officers, key=len, reverse=True)))
    # A defined officer term (「業務責任者」) stands for the contractor on its own.
    contractor_words = "|".join(map(re.escape, sorted(parties.contractor | parties.officers,
                                                      key=len, reverse=True)))
    any_party = "|".join(map(re.escape, parties.words()))
    # 「受託者の個人情報管理責任者」「指定管理者が置く管理者」: the contractor's own officer is the
    # contractor for approvals and judgements.
    # 「指定管理者が定める個人情報保護規程」「受注者の定める社内基準」
    # 「受注者の社内規程」「受託者が定める情報管理マニュアル」 too.
    rulebook = rf"({contractor_words})の(社内規程|社内規則|内部規程|社内基準|就業規則|文書管理規程|文書取扱規程|文書保存規程)"
    own_rules = (rf"({contractor_words})(が|の)(自ら|独自に|別に)?定める[^、。]{{0,10}}?(規程|規則|方針|基準|ルール|要領|マニュアル|手順書)"
                 rf"|{rulebook}"
                 # 「受託者が…マネジメントシステムに基づく社内規程を有する場合は」
                 rf"|({contractor_words})が[^、。]{{0,30}}?(社内規程|社内規則|内部規程|社内基準)を有する")
    # (「甲のデータ保護責任者（DPO）が…承認した場合」「指定管理者の個人情報保護管理者（指定管理者
    # の施設長をもって充てる。）の許可」: with a note after the title.)
    officer = (rf"(?:(?:の|が)?(?:(?!{client_words})[^、。]){{0,15}}?"
               r"(?:責任者|管理者|担当者|代表者|役員|部長|社長|取締役|委員会|部門|本部|本社|事務局|部|室|課|センター)(?:[（(][^（）()]{1,80}[）)])?)?")
    return PartyPatterns(
        # 「乙は、必要と認めるときは」: the topic judges for itself too.
        # 「受託者は、…損害を与えたことを自ら認めたときは」: the contractor admits it or not.
        # (「受注者が…写しを作成できるのは、発注者が書面で認めたときに限る」: another party
        # judges.)
        own_judgement=re.compile(rf"({contractor_words}|{_WORKERS})(?:{officer}(が|の判断|において)(?:(?:(?!(?:{client_words})が)[^。]){{0,25}}"
                                 # 「乙がその違反は自らの責めに帰することができない事由によるものと認める
                                 # とき」: a longer judgement, when it holds no clause of its own
                                 rf"|(?:(?!(?:{client_words})が)[^。、]){{26,35}})"
                                 # 「派遣元責任者は、…報告を受けた場合において、必要と認めるときは」
                                 # 「乙は、当該事故が重大であると判断したときは」 (not 「乙は、甲が必要と
                                 # 認めるときは」: another party judging)
                                 rf"|{officer}は、(?:[^、。]{{0,30}}?、){{0,2}}(?:(?!(?:{any_party}|本人|委員会)が)[^、。]){{0,20}}?"
                                 r"(?:必要|適当|相当|適切|妥当|重大|軽微)(?:である|な[^、。]{0,6})?と"
                                 # 「派遣元は、当該報告を受けた場合において、派遣先の業務に重大な
                                 # 影響を及ぼすおそれがあると判断したときは」
                                 rf"|{officer}は、(?:[^、。]{{0,30}}?、)?(?:(?!(?:{any_party}|本人|委員会)が)[^、。]){{0,30}}?"
                                 # (not 「違反する事態が生じ、又は生ずるおそれがあると認めたときは」:
                                 # knowing of a breach, not weighing its effect)
                                 r"(?:影響|支障)[^、。]{0,8}?おそれが(?:ある|あり)と"
                                 r"|は、[^。]{0,40}?自ら)(認め|認定|判断)"),
        client=re.compile(rf"({client_words})"),
        # The contractor, one of its officers, or its own organisation (「自社」「社内」).
        own_side=re.compile(rf"({contractor_words}|自社|社内|当社)"),
        subject=re.compile(f"({any_party})が"),
        doer=re.compile(f"({any_party})" + r"において(?!は|も)[^、。]{0,6}(行|実施|処理)"),
        # 「甲の担当課へ」 names a recipient; 「甲の指示に従い」 does not.
        # 「派遣先及び派遣元に報告」 names the client among the recipients.
        # 「指揮命令者（区職員）に報告」: the persons the 派遣先 appoints under the dispatch law
        # are the client's.
        # (Not 「甲の業務において取り扱う」「甲の事務に従事する」: a place or a task, no recipient.)
        # 「直ちに乙（指揮命令者）に報告する」: a role note after the party.
        to_client=re.compile(rf"({client_words})(?:[（(][^（）()]{{1,12}}[）)])?(の(?!指示|承認|承諾|許可|同意|求め|定め|指定|確認|立会|責め|責任)[^、。]{{1,12}}?|(及び|並びに|又は)[^、。]{{1,10}}?)?"
                             r"(に(?!おいて|おける|従事|係る|関する|関し|ついて|基づ|より|よる|よって|応じ)|へ|あて)"
                             r"|(指揮命令者|派遣先責任者)([（(][^（）()]{0,10}[）)])?(に|へ|に対し|あて)"
                             # 「乙があらかじめ指定する緊急連絡先に即時に連絡しなければならない」
                             rf"|({client_words})が(あらかじめ)?(指定|指示)(する|した)[^、。]{{0,10}}?(連絡先|窓口|担当者|担当課|職員)(に|へ|あて)"),
        # 「乙の責任者の許可」, and 「甲の個人情報管理責任者が…を確認し、書面により承認した」
        # (甲 = the company) with no client word in between.
        # 「受託者の個人情報管理責任者の事前の書面による承認」: its manner in between.
        # 「あらかじめ派遣元に申請し、その許可を受けること」: the same, asked for first.
        # 「情報セキュリティ委員会（受注者の…社内に設置される委員会をいう。）の審査を受け、その
        # 承認」: a body its definition places inside the contractor.
        own_approval=re.compile(rf"[（(](?:(?![）)]).){{0,60}}?({contractor_words})(?:の(?:社内|内部|組織内)|が(?:社内に)?(?:設置|設け|置)|内に)[^（）()]{{0,40}}?[）)]"
                                r"(?:の|が)[^。]{0,15}?(承認|承諾|同意|許可|許諾|了承)"
                                # (「情報管理者（受託者が…指名する者をいう。以下同じ。）の許可」)
                                rf"|({contractor_words})(?:[（(][^（）()]{{1,80}}[）)])?{officer}(の(?:(?!{client_words})[^、。]){{0,10}}?|の(?:審査|確認|決裁|協議)を(?:経|受け)て、?その"
                                rf"|が(?:(?!{client_words})[^。]){{0,45}}?"
                                r"|(?:に|へ)[^。、]{0,6}?(?:申請|申し出|届け出|協議)[^。]{0,6}?その"
                                # 「受注者の社内に設置された個人情報保護委員会に対し、複写の目的…を
                                # 明らかにして審査を申請し、その承認」
                                rf"|に対し、(?:(?!{client_words})[^。]){{0,40}}?(?:申請|申し出|届け出)[^。]{{0,6}}?その)"
                                r"(承認|承諾|同意|許可|許諾|了承|許し|指示)"),
        # 「甲の承認を得て、又は乙の個人情報管理責任者の責任において」: its officer's too.
        # (「区の承認を得て、又は指定管理者が定める個人情報保護規程に基づく手続を経て行う」: its own
        # rules instead.)
        own_alternative=re.compile(rf"(又は|若しくは|あるいは)、?({contractor_words})(?:の[^、。]{{0,12}}?(?:責任者|管理者))?(の|が)(自らの)?(責任|判断|裁量)"
                                   rf"|(又は|若しくは|あるいは)、?({contractor_words})(の|が)(自ら)?定める[^、。]{{0,20}}?(規程|規則|規定|要領|手順|基準)に(基づ|従|よ)"
                                   # 「甲の承認を得て、又は乙が別に定め甲に提出した情報取扱手順書に
                                   # 定める手続により」「乙の書面による承諾を受けたとき、又は甲の個人
                                   # 情報保護規程に基づく…手続を経たとき」(甲 = the company): its
                                   # rules, handed in or not, decide each copy.
                                   rf"|(又は|若しくは|あるいは)、?({contractor_words})(の|が(?:あらかじめ|自ら|別に|独自に)*定め)(?:(?!(?:{client_words})の(?:承認|承諾|許可|同意))[^、。]){{0,20}}?"
                                   r"(規程|規則|要領|手順書|基準|マニュアル)((?:に定める|の)[^、。]{0,6}?)?(に基づ|に従|により|による)"
                                   # 「区の担当職員又は受託者が選任した現場責任者のいずれかの承認」
                                   rf"|(又は|若しくは|あるいは)、?({contractor_words}){officer}(のいずれか|いずれか)の(承認|承諾|同意|許可|許諾)"),
        # 「…紙媒体の保管及び管理の方法は、受託者の定めるところによる」: left to it as well.
        discretion=re.compile(rf"({contractor_words})の(判断|裁量|任意)(により|で|に委ね|に任せ)"
                              rf"|({contractor_words})(の|が)(定める|決める)ところによ"
                              # 「…情報のうち派遣元が秘密として指定したもの」: it draws the secret's bounds.
                              rf"|({contractor_words})が秘密として(指定|定め)(した|る)"),
        to_own_officer=re.compile(
            # (「甲の本社総務部に提出して」 (甲 = the company): a department of its head office.)
            rf"(?:(?:{contractor_words})(?:の|が)?[^、。]{{0,15}}?(?:責任者|管理者|代表者|役員|部長|社長|委員会|部門|(?:本社|本部|本店)[^、。にへ]{{0,6}})"
            + (rf"|{officer_terms}" if officer_terms else "")
            + r")(?:に|へ|に対し|に対して)、?[^、。]{0,8}?(?:報告|提出|届け出|届出|連絡)"
            # 「その名簿を作成して前項の管理責任者に提出させる」: the staff hand it to the officer.
            r"|(?:前項|前条|同項)の[^、。]{0,8}?(?:責任者|管理者)(?:に|へ)[^、。]{0,8}?(?:提出させ|報告させ|届け出させ)"
            # 「…名簿を作成し、総括責任者に提出しなければならない」: officers only a contractor
            # appoints, named bare.
            r"|(?<!の)(?:総括責任者|作業責任者|現場責任者)(?:に|へ)、?[^、。]{0,8}?(?:報告|提出|届け出|届出)"),
        # 「甲の情報セキュリティ管理責任者が同意した場合に限り」 (甲 = the company): its officer too.
        contractor_consent=re.compile(rf"({contractor_words}){officer}(の|が)[^。、]{{0,6}}?(同意|承諾)(を得|を受け|がある|があった|した)"),
        others_information=re.compile(
            # 「当社の営業上の秘密」 in the staffing company's own rules for its workers
            # (「甲の業務マニュアル、…その他甲の事業上の秘密」 too.)
            rf"({contractor_words})の(営業上の|技術上の|業務上の|経営上の|事業上の)?(営業秘密|秘密|機密|顧客|ノウハウ|料金|賃金|単価|経営|取引|派遣料金|業務マニュアル)"
            # 「乙独自のノウハウは乙の機密情報とし」
            rf"|({contractor_words})(独自|固有)の(ノウハウ|技術|教材|研修資料|手法)"
            # 「派遣元が作成した研修資料は、派遣元の許可なく複製してはならない」
            # 「派遣元が提供した研修資料」
            rf"|({contractor_words})(が|の)[^、。]{{0,15}}?(作成|所有|保有|著作|提供|貸与)(した|する)[^、。]{{0,6}}?(資料|教材|マニュアル|図面|プログラム)"
            # 「派遣元から提出された見積書その他の資料」
            rf"|({contractor_words})から[^、。]{{0,6}}?(提出|提供|交付)(された|を受けた)[^、。]{{0,12}}?(資料|見積書|書類)"
            # 「通報者の秘密を守り」: a whistleblowing worker's own secret.
            # 「会社の経営上及び営業上の秘密」 in a staffing company's rules of employment
            # 「当社の経営、取引先…に関する情報」
            r"|(会社|当社|自社|弊社|貴社)の(経営|営業上|技術上|人事上|取引)"
            # 「派遣元から提供を受けた業務マニュアル、料金表その他の営業資料」
            r"|営業資料|営業上の情報|営業上の秘密|顧客情報|通報者の秘密"
            # 「苦情の申出を受けたときは、申出の内容及び申出者に関する秘密を守り」
            r"|(申出者|相談者|通報者)(に関する|に係る)秘密"
            # 「…この場合において、甲は、申出をした派遣労働者の秘密を厳守しなければならない」
            # (「申出をした派遣労働者のプライバシーに配慮し、その個人情報を苦情処理の目的以外に…」)
            r"|(申出|相談|通報)をした[^、。]{0,10}?(者|労働者|派遣労働者|派遣スタッフ)の(秘密|個人情報|プライバシー)"
            # 「甲（派遣元）及びその従業者は、…知り得た派遣労働者の秘密を漏らしてはならない」: the
            # employer keeping its workers' secrets (the ward keeping them stays the wrong party).
            # 「…知り得た派遣労働者及び派遣登録者の秘密」「派遣労働者及び派遣登録者の個人情報」:
            # the staffing company's own records (ITEMS.md's ruling on the dispatch items).
            # 「その業務上取り扱った派遣労働者に関する秘密」 (労働者派遣法第24条の4)
            # (「…知り得た派遣登録者及び派遣労働者の秘密」 too.)
            r"|(知り得た|取り扱った|取り扱う)(派遣労働者|派遣スタッフ|派遣社員|派遣登録者)((及び|並びに|又は)[^、。]{1,10}?)?"
            r"(の|に関する|に係る)秘密"
            # (Not 「派遣労働者の個人情報の取扱いに関し事故」: how the workers handle information.)
            # (「派遣労働者及び派遣労働者として登録している者の個人情報」 too.)
            r"|(派遣労働者|派遣スタッフ|派遣社員|派遣登録者)(本人)?((及び|並びに|又は)[^、。]{1,22}?)?"
            r"([（(]以下「[^」]{1,10}」という。?[)）])?(の|に関する|に係る)(個人情報|個人データ|個人番号)"
            r"(?!の?(取扱い|取り扱い|取扱)(に関|上|に係|について))"
            # 「派遣元は、派遣労働者から提供を受けた個人番号を…」「乙に提供する派遣労働者に関する
            # 情報」「派遣労働者の勤怠情報及び給与情報」
            r"|(派遣労働者|派遣スタッフ|派遣社員|派遣登録者)から(提供を受けた|取得した|収集した|預かった)(個人情報|個人データ|個人番号)"
            # 「派遣労働者から個人番号の提供を受けるときは」「派遣労働者の出勤状況を記録し」
            r"|(派遣労働者|派遣スタッフ|派遣社員|派遣登録者)から(個人情報|個人データ|個人番号)の(提供|収集|取得)"
            r"|(派遣労働者|派遣スタッフ|派遣社員)の(出勤状況|出勤記録|健康に関する情報|健康診断の結果)"
            r"|(派遣労働者|派遣スタッフ|派遣社員)に関する情報|(派遣労働者|派遣スタッフ|派遣社員)の(勤怠|給与|賃金)?情報(?!の?(取扱い|取り扱い|取扱))"
            # 「乙は、労働者派遣法第35条に基づき、派遣労働者の氏名等を甲に通知する」
            r"|(派遣労働者|派遣スタッフ|派遣社員)の氏名(等|及び|並びに|、|その他)"
            # 「私の氏名、年齢の区分及び社会保険の加入状況が、派遣元から○○区に通知されることに
            # 同意します」: a pledge's own signer.
            r"|私の(氏名|住所|生年月日|個人情報)|社会保険(等)?の加入状況"
            # 「派遣労働者の雇用管理のために取得した個人情報」
            r"|(派遣労働者|派遣スタッフ|派遣社員|登録者)の(雇用管理|労務管理|就業管理|健康管理)[^、。]{0,12}?(個人情報|個人データ)"
            # 「派遣登録者及び派遣労働者の履歴書その他の個人情報」「…派遣労働者の経歴、評価、賃金その他の
            # 個人情報」
            r"|(派遣労働者|派遣スタッフ|派遣社員|登録者)の(?:[^、。]{1,6}、){0,3}[^、。]{1,12}?その他の(個人情報|秘密)|履歴書"
            # 「派遣登録者及び派遣労働者（以下「登録者等」という。）」: the defined term too.
            r"|登録者等?の(個人情報|秘密|情報)|登録(した|している)者の(個人情報|秘密)|" + WORKERS_OWN_RECORDS),
        delegated_approval=re.compile(
            rf"の(承認|同意|許可|許諾)は、[^。]{{0,20}}?({contractor_words}|{_WORKERS}){officer}が(行う|する|与える)"),
        on_request_only=re.compile(
            rf"^(?:[^、。]{{1,15}}は、)?({client_words})(から|の)[^、。]{{0,15}}?(指示|求め|請求|要請|要求)"
            r"(が|を受けた)?(あった|ある|受けた)?(場合|とき)(に限り|に限って|には|は)、"
            # 「受注者は、発注者から求められたときは、…措置を講じなければならない」
            rf"|^(?:[^、。]{{1,15}}は、)?({client_words})から(求められ|請求され|指示され|要請され|要求され)た?"
            r"(場合|とき)(に限り|に限って|には|は)、"
            # 「ただし、区が求めたときは、速やかに報告すること」
            rf"|^(?:ただし|但し)、({client_words})が(求め|請求し|要求し|要請し)た(場合|とき)(に限り|には|は)、"),
        client_information=re.compile(rf"({client_words})の[^、。]{{0,8}}?(秘密|情報)"),
        agent=re.compile(f"({any_party})(により|によって)$"),
        own_rules=re.compile(own_rules),
        own_timing=re.compile(rf"({contractor_words})が(自ら|別に|独自に)?(定める|指定する|決める|決定する)"
                              r"(時期|期限|期日|日まで|日に)"),
        own_manner=re.compile(rf"({contractor_words})(が|の)(自ら|別に|独自に)?(定める|決める|決定する)"
                              r"[^、。]{0,12}?(方法|手順|周期|頻度)(により|に従い|に従って|による|で)"),
        # 「指定管理者が改善計画書を区に提出したときは」「乙が自ら定める再発防止策を講じた場合には」:
        # what the contractor does on its own lifts the rule too.
        contractor_asks=re.compile(rf"({contractor_words})(が|から)[^、。]{{0,40}}?(申し出|申出|申し入れ|求め|請求し|届け出"
                                   r"|提出し|講じ)(た|る|があった|がある)(とき|場合)"
                                   # 「受注者が違反の事実を発注者に通知し、自らの責任において是正したときは」
                                   rf"|({contractor_words})が[^。]{{0,40}}?自らの責任(において|で)[^、。]{{0,20}}?"
                                   r"(是正|改善|解消|回復)(した|する)(とき|場合)"),
        refuses=re.compile(rf"({contractor_words})は、[^。]*(拒む|拒否する|断る)ことができ|({contractor_words})は、[^。]*に代え(て|る)"
                           rf"|{rulebook}"
                           # 「受注者が定める個人情報保護方針に従うものとし」
                           # (narrower than ``own_rules``: 「乙の定める」 and 要領 are not read here)
                           rf"|({contractor_words})が(自ら|独自に|別に)?定める[^、。]{{0,10}}?(規程|規則|方針|基準|ルール)に(従|よ)"
                           # 「…秘密保持の範囲及び期間は、派遣元が定めるところによる」
                           rf"|({contractor_words})が(自ら|独自に|別に)?(定める|決定する|決める)ところによ"),
        # 「派遣元責任者は、…必要と認めるときは、派遣先に報告する」: the contractor's own officer too.
        client_topic=re.compile(rf"({client_words})は、"),
        contractor_topic_judges=re.compile(rf"({contractor_words}){officer}は、[^。]{{0,30}}?と(認め|判断)"),
        recipient_label=re.compile(rf"(報告先|提出先|連絡先|通知先|届出先|宛先|報告の相手方?)\s*[:：｜|]?\s*({client_words})"))


_NAMED_CERTIFICATION = re.compile(r"(介護|支援|障害|障がい|資格|区分|等級)認定$")
# (An occurrence, found: not 「…漏えい…のおそれがあると受託者が認めるときは、…措置を講じ」, a
# risk the contractor weighs.)
_NOTICED_BEFORE = re.compile(r"(事故|漏えい|漏洩|流出|紛失|滅失|毀損|き損|異常)[^。]{0,12}?(生じ|発生し|起き|起こ)"
                             r"[^。]{0,20}?(おそれがある|おそれのある|疑いがある|生じた|発生した)と$")
_NOTICING = re.compile(r"(漏えい|漏洩|流出|紛失|滅失|毀損|き損|異常|事故|疑い|おそれ|発生)を認め$")


def own_judgements(text: str, parties: Parties) -> list[re.Match]:
    """「乙が必要と認める」「乙が問題がなかったと判断した」: the contractor judges. Not 「区は、
    受託者が違反したと（違反していると）認めるとき」, where the contractor is the subject of
    what is judged and the client judges: a finished act right before と認め with no other
    subject (が) after the contractor's."""
    out = []
    for m in party_res(parties).own_judgement.finditer(text):
        inner = m.group(0)[len(m.group(1)):]
        inner = inner[inner.index("が") + 1:] if inner.startswith(("が",)) else inner
        if re.search(r"(た|だ|ている|でいる)と(認め|判断)$", m.group(0)) and "が" not in inner:
            continue
        if _NAMED_CERTIFICATION.search(m.group(0)):
            # 「…知り得た要介護認定申請者等の個人情報」: a certification named, no judgement.
            continue
        if _NOTICING.search(m.group(0)) or (m.group(0).endswith("認め") and text[m.end():m.end() + 1] == "た"
                                             and _NOTICED_BEFORE.search(text[:m.start()])):
            # 「派遣労働者が個人情報の流出、紛失その他の異常を認めたときは」「…事故が生じ、又は
            # 生ずるおそれがあると派遣労働者が認めたときは」: finding out, not weighing (but 「…
            # おそれがあると受注者が判断したときは」「…認めるときは」 weigh).
            continue
        # 「甲は、乙が取り扱う個人情報の管理状況について、必要があると認めるときは」: the
        # contractor names only what the client, the sentence's topic, judges about.
        sentence_start = text.rfind("。", 0, m.start()) + 1
        if re.search(r"(について|に関し|に関して)、", inner) \
                and party_res(parties).client_topic.search(text[sentence_start:m.start()]):
            continue
        out.append(m)
    return out
