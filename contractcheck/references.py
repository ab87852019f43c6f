"""How one provision refers to another (「前項」「前条の規定にかかわらず」「第12条の場合において」).
One module so that the engine (which reads a referenced provision along with the sentence) and
provisos (which reads later 項 that disapply or restore an earlier one) describe references the
same way."""

from __future__ import annotations

import re

KANJI_DIGITS = "一二三四五六七八九十"
# 「前項」「前二項」「前各項」「前条」「同項」「前号」「第3項」: an earlier provision of the same article.
# 「次の各号のいずれかに該当する場合を除き」「次に掲げる…」: the grounds are the 号 below.
LISTED_BELOW = r"次の(各号|いずれか)|次に掲げる"
# The occasions a sentence opens with, up to the last of them (「…場合において、…ときは、」).
OCCASION = re.compile(r"^[^。]*(ときは|場合は|ときには|場合には|場合において)、")
# 「別表第２に掲げる場合を除き」: grounds listed in a table attached to the contract.
# (「別紙「提出書類一覧」に掲げる」: named by its title.)
ANNEXED_GROUNDS = (rf"(?:別表|別紙)(?:第?[\d{KANJI_DIGITS}]+)?(?:[「『][^」』]{{1,20}}[」』])?"
                   r"(?:に掲げる|に定める|に記載(?:する|の|した))")
# 「前条第２項の規定は」 from the next article too.
# (「第３の規定にかかわらず」: an item of a 特記事項 numbered without 条, by its bare number.)
# (「前(1)から(3)までの規定は、…適用しない」: items numbered (1), (2), … named the same way.)
EARLIER_PROVISION = (rf"(前[\d{KANJI_DIGITS}]*項|前各項|前条(?:第[\d{KANJI_DIGITS}]+項)?|同項|前号|第[\d{KANJI_DIGITS}]+項|第[\d{KANJI_DIGITS}]+(?=の規定)"
                     r"|前[(（]\d+[)）](?:から[(（]\d+[)）]まで)?)")
# 「この限りでない」 in its written forms (「この限りではない」, です・ます 「この限りではありません」,
# old 「此の限りに在らず」).
NOT_THIS_LIMIT = "この限りでない|この限りではない|この限りではありません|この限りでありません|(この|此の)限りに(あら|在ら)ず"
# 「前二項の規定は、…適用しない」「前項の規定にかかわらず、…できる」: a later 項 that disapplies
# (its condition may come first: 「乙が…と判断した場合は、前項の規定にかかわらず、…できる」
# 「…事業所の外において取り扱う場合（…を含む。）については、前項の規定は適用しない」
# 「…異なる定めがある場合には、指定管理者は、同項の規定にかかわらず、…管理することができる」).
# With a topic first (「受託者は、第1項の規定にかかわらず、…できる」) or one 号 named
# (「第1項第二号の規定は、…適用しない」; 「前項の規定（複製及び持出しに係る部分に限る。）は」);
# 。 closing a parenthesis (「（宛名を含む。）」) does not end it.
DISAPPLY = re.compile(rf"^\s*(?:[^、。]{{1,12}}は、|(?:[^。]|。(?=[)）])){{1,60}}?(?:(?:場合|とき)(?:[(（][^)）]*[)）])?(?:は|には|において|については)|については)、(?:[^、。]{{1,12}}は、)?)?{EARLIER_PROVISION}(第[\d{KANJI_DIGITS}]+号|各号)?(前段|後段|本文|ただし書)?(及び[^、]*)?の規定(?:[（(][^（）()]{{1,30}}[）)])?(は|にかかわらず)(?:[^。]|。(?=[)）]))*"
                      rf"(適用しない|適用せず|{NOT_THIS_LIMIT}|要しない|できる|足りる|行わない|実施しない)")
# 「前項各号の措置のうち、…指定管理者が判断するものについては、講じないことができる」 too.
# 「…と認めた場合は、前項の措置の一部又は全部を省略することができる」: a later 項 that lets the
# duty of an earlier one be left undone.
# 「…報告した年度においては、前項の確認は行わないものとする」: or that leaves it undone.
# 「前項の」「前項各号の」「前項各号に掲げる」: what of the earlier 項 is waived.
_ITS_MEASURES = r"(各号)?(の|に掲げる|に定める|に規定する)"
LATER_WAIVER = re.compile(rf"{EARLIER_PROVISION}[^。]{{0,60}}(省略|免除)[^。]{{0,20}}(できる|ものとする)"
                          # 「…保険金が支払われない場合には、甲は、前項の賠償の責めを負わないものとする」
                          rf"|{EARLIER_PROVISION}の(損害)?賠償(の責め|の責任|責任)を負わない"
                          # 「２　前項後段の義務は、…６月を経過したときは、消滅する」
                          rf"|^{EARLIER_PROVISION}(後段|前段)?の(義務|規定)は、[^。]{{0,40}}経過し(た|て)[^。]{{0,12}}(消滅する|効力を失う)"
                          # 「この場合において、伝達は口頭によることができ、書面の提出を要しない」
                          # 「この報告は口頭で行えば足り、…書面の提出を要しないものとする」
                          r"|^(この場合において、?)?(この|当該|前項の)?(報告|伝達|届出|通知)は、?口頭(による|で)"
                          r"[^。]{0,30}書面[^。]{0,12}(要しない|不要|必要はない|必要としない)"
                          rf"|{EARLIER_PROVISION}{_ITS_MEASURES}[^。]{{0,60}}(講じない|行わない|実施しない)ことができ"
                          # 「２　受託者は、…別表に定める措置の全部又は一部を講じないことができる」
                          # 「（２）前号アからウまでの措置は、…講じないことができる」
                          r"|(別表|別紙|前号[^、。]{0,8})(に定める|に掲げる|の)[^、。]{0,10}措置[^。]{0,40}(講じない|行わない|実施しない)ことができ"
                          # 「…事業所外において…取り扱う場合は、前項各号の措置を講じることを要しない」
                          rf"|{EARLIER_PROVISION}{_ITS_MEASURES}[^。]{{0,30}}(ことを要しない|必要はない|ことを要さない)"
                          # 「…別段の定めがある場合には、当該定めによるものとし、前項の規定は適用
                          # しない」: the waiver closes a longer sentence.
                          rf"|、{EARLIER_PROVISION}の規定は、?適用しない"
                          # 「この場合において、受注者は、当該実施時期までの間は、当該措置を講ずる
                          # ことを要しない」
                          r"|(当該|その|これらの)措置を講(ずる|じる)ことを要しない"
                          # 「２　受注者は、前項の措置のうち…については、受注者の判断により、その
                          # 実施を契約期間の末日まで延期することができる」
                          rf"|{EARLIER_PROVISION}{_ITS_MEASURES}[^。]{{0,80}}(延期|猶予|繰り延べ)[^。]{{0,10}}ことができ"
                          # 「２　受託者は、…又は受託者の責任において、前項各号の措置を他の措置に
                          # 変更することができる」
                          rf"|{EARLIER_PROVISION}{_ITS_MEASURES}[^。、]{{0,10}}を、?[^。]{{0,40}}(に|をもって)(変更|代え)[^。]{{0,10}}ことができ"
                          # 「２　前項各号の措置は、受託者の業務体制…に照らし、受託者において実施が
                          # 可能な範囲で講ずるものとする」
                          rf"|{EARLIER_PROVISION}{_ITS_MEASURES}[^。、]{{0,10}}は、[^。]{{0,60}}(可能な範囲|可能な限り|できる範囲|できる限り)[^。]{{0,10}}(講ず|講じ|実施|行う|行え)"
                          # 「２　前項各号の措置のうち、…困難なものについては、指定管理者は、可能な
                          # 範囲で代替措置を講ずるよう努めるものとする」
                          rf"|{EARLIER_PROVISION}{_ITS_MEASURES}[^。]{{0,80}}(代替措置|代わる措置|代替の措置)[^。]{{0,20}}(努める|ことができ)"
                          # 「…受託者の承諾をもって足りるものとし、前項の義務は当該第三者には及ばない
                          # ものとする」: the duty stops short of some.
                          rf"|{EARLIER_PROVISION}の(義務|規定)は、?[^。]{{0,20}}(には|に)(及ばない|適用しない|適用されない)"
                          rf"|{EARLIER_PROVISION}の[^。、]{{0,10}}(は|を)、?(行わない|実施しない|要しない)"
                          # 「２　前項の検査は、受託者が…申し出たときは、行わないものとする」
                          rf"|{EARLIER_PROVISION}の[^。、]{{0,10}}は、[^。]{{0,60}}(行わない|実施しない|要しない)"
                          # 「２　指定管理者が、…前項の確認を受けることが困難である旨を申し出たときは、
                          # 区は、当該年度の確認を行わないものとする」
                          rf"|{EARLIER_PROVISION}の[^。]{{0,60}}当該年度の[^。、]{{0,6}}を?(行わない|実施しない)"
                          rf"|{EARLIER_PROVISION}の[^。、]{{0,20}}は、[^。]*足りる"
                          # 「２　前項第三号の場合において、…申し出たときは、区は、この契約を解除
                          # しないものとする」
                          rf"|{EARLIER_PROVISION}(第[\d{KANJI_DIGITS}]+号)?の場合において、[^。]{{0,60}}(解除|検査|確認|監査|調査)しない"
                          # 「３　…承認を得たときは、第一項の項目以外の事項を取得することができる」
                          rf"|{EARLIER_PROVISION}の[^。、]{{0,10}}以外の[^。]{{0,60}}?(取得|収集|提供|利用)[^。]{{0,10}}ことができ"
                          # 「３　乙は、業務に支障があると認めるときは、前項の検査を拒むことができる」
                          rf"|{EARLIER_PROVISION}の[^。、]{{0,10}}を、?(拒む|拒否する|断る)ことができ"
                          # 「３　乙は、前項の検査の対象が…と乙が判断するときは、当該検査を拒むことができる」
                          rf"|{EARLIER_PROVISION}の[^。]{{0,50}}?を、?(拒む|拒否する|断る)ことができ"
                          # 「３　甲は、前項の監査に代えて、…内部監査の結果を…提出することができる」
                          rf"|{EARLIER_PROVISION}の[^。、]{{0,10}}に代えて[^。]*ことができ"
                          # 「２　乙は、…報告書を甲に提出することにより、前項の確認に代えることができる」
                          rf"|{EARLIER_PROVISION}(各号)?の[^。、]{{0,10}}に代えることができ"
                          # 「２　…情報セキュリティ管理責任者が…許可したときは、受注者は、別記に
                          # 定める措置の全部又は一部を省略し、又は緩和することができる」
                          r"|(別記|別表|別紙)(\d+)?に(定める|掲げる)措置[^。]{0,20}(省略|免除|緩和)[^。]{0,10}ことができ"
                          # 「３　第1項の報告は、…点検表を…備え置くことをもって、これに代えることが
                          # できる」
                          rf"|{EARLIER_PROVISION}の[^。、]{{0,10}}は、[^。]*をもって、?(これに)?代えることができ"
                          # 「２　前項の承認は、受注者の個人情報管理責任者が行うものとする」
                          rf"|{EARLIER_PROVISION}の(承認|同意|許可|許諾)は、[^。]{{0,40}}が(行う|する|与える)"
                          # 「３　…に係る第1項の承認は、…統括責任者の承認をもって代えることができる」
                          rf"|{EARLIER_PROVISION}の(承認|同意|許可|許諾)は、[^。]*(をもって|で)(これに)?代えることができ"
                          # 「２　前項の消去は、…保存期間が満了した後に行うことができる」
                          rf"|{EARLIER_PROVISION}の[^。、]{{0,10}}は、[^。]*後に(行う|実施する|する)ことができ")
# 「第1項の規定は」「第１項第二号の規定は」「乙は、第1項の規定にかかわらず」: a later 項 naming
# the provision it disapplies by number (group 1 the 項, group 2 the 号).
# 「清掃…の業務に係る第1項の承認は」: the same for an approval the 項 requires.
NAMED_PROVISION = re.compile(rf"^\s*(?:[^、。]{{1,12}}は、|[^。]{{1,30}}?に(?:係る|関する|ついての))?"
                             rf"第([\d{KANJI_DIGITS}]+)項(?:第([\d{KANJI_DIGITS}]+)号)?の(?:規定|承認|許可|同意)")
# 「２　前項の範囲を超えて個人情報を収集する場合には、…」: a later 項 that allows going beyond
# the limit an earlier one set (who decides it is the exception's kind). 「２　甲は、業務の都合により
# 前項の範囲を超えて…収集したときは、遅滞なくその旨を乙に報告しなければならない」 too.
LATER_BEYOND = re.compile(rf"^\s*(?:[^、。]{{1,12}}は、)?(?:[^、。]{{1,12}}により)?{EARLIER_PROVISION}の[^。、]{{0,10}}(範囲|限度)を超え[^。]{{0,30}}(場合|とき)")
# 「２　前項の返還及び消去は、発注者から請求があった場合に行うものとする」: a later 項 that makes
# an earlier duty arise only when asked.
LATER_ON_REQUEST = re.compile(rf"^\s*{EARLIER_PROVISION}の[^。、]{{0,12}}は、[^。]{{0,30}}(請求|求め|要求|申出|申し出)"
                              r"(が|を受けた)?(あった|ある)?(場合|とき)(に限り|に限って)?、?[^。]{0,10}(行う|実施する|する)(もの|こと)?(とする)?。")
# 「前項の複製は」「前項の場合においても」「前項の規定による利用は」: a 項 about the one before it.
ABOUT_THE_PREVIOUS = re.compile(r"^\s*(前項|同項)(ただし書)?(の|に)|^\s*この場合(において|には)")
# 「受注者は、前項の再委託をしようとするときは、…発注者の書面による承認を受けなければならない」:
# the same with the subject first, when what it asks for is an approval.
# (「受託者は、前項ただし書により複製するときは、あらかじめ委託者の承認を得なければならない」 too.)
_APPROVAL_FOR_THE_PREVIOUS = r"(前項|同項)(ただし書)?(の|により|による)[^。]*(承認|承諾|許可|同意)を(得|受け)"
APPROVAL_FOR_THE_PREVIOUS = re.compile(rf"^\s*[^、。]{{1,12}}は、{_APPROVAL_FOR_THE_PREVIOUS}")
# The same with or without its subject: 「３　受託者は、前項の規定により報告を省略しようとするときは、
# あらかじめ委託者の承認を得なければならない」 puts the waiver of 2項 under an approval.
APPROVAL_FOR_WHAT_BEFORE = re.compile(rf"^\s*(?:[^、。]{{1,12}}は、)?{_APPROVAL_FOR_THE_PREVIOUS}")
# 「前項の場合において…」: a sentence read with the one before it.
# 「前欄の場合において」: a table row read with the row above.
BACK_REFERENCE = re.compile(r"(前項|前各項|前[\d二三四五六七八九]項|前条|同項|この場合|前号|前欄)")
# 「第6条　前条の規定にかかわらず、…」: the next article overriding this one.
# 「前条の規定にかかわらず、受注者は、…」「受託者は、前項の規定にかかわらず、…」: a provision put
# aside by the one that says so (what it puts in its place decides the exception's kind).
OVERRIDES = re.compile(rf"^\s*(?:[^、。]{{1,12}}は、)?{EARLIER_PROVISION}(第[\d{KANJI_DIGITS}]+号)?(前段|後段|本文|ただし書)?の規定にかかわらず")
# 「２　前項の報告は、受託者が事故の原因…の調査を完了した後に、その結果を添えて行うものとする」:
# a later 項 that puts an immediate report off.
LATER_DELAYED = re.compile(rf"^\s*{EARLIER_PROVISION}の(報告|通知|連絡)は、[^。]*"
                           r"(完了した後|終了した後|完了後|終了後|終えた後|収束した後|収束後)")
# 「前条第２項の規定は、…場合には適用しない。」 and nothing more: it takes a provision away.
TAKES_AWAY = re.compile(rf"^\s*{EARLIER_PROVISION}の規定は、[^。]*適用しない。?\s*$")
# 「第7条の規定にかかわらず」「前条の規定にかかわらず」: which article a later one sets aside.
NOTWITHSTANDING_ARTICLE = re.compile(r"(第(\d+)条|前条)(第\d+項)?の規定にかかわらず")
# 「２　前項の規定にかかわらず」 opening a later 項 of the same article.
NOTWITHSTANDING_PREVIOUS = re.compile(r"^(前項|前各項)の規定にかかわらず")
# (「前条第3号及び第4号の規定は、…適用しない」: some of its 号 only.)
NEXT_ARTICLE_OVERRIDE = re.compile(
    rf"^\s*前条(第\d+項)?(第[\d{KANJI_DIGITS}]+号(?:(?:及び|並びに|、|又は)第[\d{KANJI_DIGITS}]+号)*)?の規定(は|にかかわらず)")
# 「前記第12条の場合において」「第5条の規定は、…なお効力を有する」「第10条の監査は、四半期ごとに」:
# a named article whose opening is read with the sentence.
# 「第7条及び第8条の規定は、なお効力を有する」: each article of a list.
# 「第7条、第8条及び前条の規定は」: 前条 may close the list.
# (「第5条第3項及び前条の規定は」: group 2 the 項 named, whose opening is read instead.)
# (「第９条及び第15条（損害賠償）の規定は」: an article's title may follow its number.)
ARTICLE_TITLE = r"(?:[（(][^（）()。、]{1,12}[）)])?"
ARTICLE_REFERENCE = re.compile(r"第(\d+)条(?:第(\d+)項)?(?=" + ARTICLE_TITLE
                               + r"(?:(?:、|及び|並びに)(?:第\d+条(?:第\d+項)?|前条|本条|この条)" + ARTICLE_TITLE + r")*"
                               r"(?:の場合|に規定する場合|の規定により|に定める場合|の事態|の規定にかかわらず"
                               r"|の規定は|の(?:監査|検査|確認|調査|報告|義務)は"
                               # 「本契約書第９条の報告をしたときは、委託者の指示に従い」
                               r"|の(?:報告|通知|連絡)を(?:した|行った|受けた)))")
# 「※受注者が…必要と判断した場合は、第10条及び本表の措置によらないことができる。」: a
# sentence anywhere (a note under a table, an attachment) that lets an article named by number
# be left undone (group 1 the article's number).
# Not 「第8条から第12条までの規定に違反したときは、催告を要しない」, which waives a notice.
# What, within 60 characters of the provision named and before any 違反, lets it be left undone.
WAIVED_WITHIN = (r"(?:(?!違反)[^。]){0,60}?(によらないことができ|(は|を)、?適用(しない|せず)"
                 r"|を?省略することができ|の規定にかかわらず)")
# A note under a table (「※注　複製・複写については、…この限りでない。」「備考　三に掲げる行為の
# うち、…甲の承認を要しない。」「（注）…」): it may carve an exception out of the rows above it.
# Not a legend (「注１　○：業務の範囲内で行うことができる。」「注２　可（要承認）：…」), which says what
# a cell's mark means and takes nothing away from the rows.
TABLE_NOTE = re.compile(r"^\s*(?:[※＊*]\s*(?:注\s*[0-9０-９]*)?|[（(]注\s*[0-9０-９]*[）)]|注\s*[0-9０-９]*[:：\s　]|備考\s*[0-9０-９]*)"
                        r"(?![\s　]*(?:[○◯×✕✖△▲◎●－―]|不?可(?:[（(][^）)]{0,8}[）)])?|要承認)[\s　]*"
                        # (「※　△は、条件を満たす場合に限り行うことができることを示す。」 too.)
                        r"(?:[:：]|は、?[^。]{0,60}(?:を示す|を表す|を意味する|をいう)。?$))")
NAMED_ARTICLE_WAIVER = re.compile(rf"第([\d{KANJI_DIGITS}]+)条(?!から){WAIVED_WITHIN}")
# 「ただし、同特記事項第６（複写又は複製の禁止）の規定は、…適用しない」: an item of a 特記事項,
# numbered without 条.
SPECIAL_ITEM_WAIVER = re.compile(rf"特記事項第([\d{KANJI_DIGITS}]+)(?![\d{KANJI_DIGITS}条]){WAIVED_WITHIN}")
# 「第10（適用除外）　受託者が…認証を取得している場合には、第８及び第９の規定は適用しない」:
# items of a 特記事項 named as a list of bare numbers (group 1 the list).
ITEM_LIST_WAIVER = re.compile(rf"(?<![\d{KANJI_DIGITS}条項号])(第[\d{KANJI_DIGITS}]+(?:(?:、|及び|並びに|又は)第[\d{KANJI_DIGITS}]+)*)"
                              rf"(?![\d{KANJI_DIGITS}条項号])の規定{WAIVED_WITHIN}")
# 「注　上記各措置は、指定管理者の判断により、その全部又は一部を省略することができる。」: a
# note under a table that lets its rows be left undone.
TABLE_WAIVER = re.compile(r"(上記|前記|本表|この表|同表|上表)[^。]{0,40}(省略することができ|によらないことができ|適用しない"
                          r"|実施しないことができ)")
